#!/usr/bin/env bash
# Renders every BPMN model of bpmn/ to docs/images/<key>.svg with bpmn-js in headless Chromium,
# for README.md and docs/processes/. Needs node/npm (bpmn-js from the npm registry, installed in a
# temporary folder) and Debian's chromium. Run from the project root after changing a model.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund bpmn-js@17 >/dev/null)
viewer="$work/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"
mkdir -p docs/images
for model in bpmn/*/*.bpmn; do
  name=$(basename "$model" .bpmn)
  page="$work/$name.html"
  {
    echo '<!doctype html><html><head><meta charset="utf-8"><script src="file://'"$viewer"'"></script></head>'
    echo '<body><div id="canvas" style="width:2400px;height:1400px"></div><script type="text/xml" id="xml">'
    sed 's/<?xml[^>]*?>//' "$model"
    echo '</script><script>'
    echo 'const viewer = new BpmnJS({ container: "#canvas" });'
    echo 'viewer.importXML(document.getElementById("xml").textContent)'
    echo '  .then(() => viewer.saveSVG())'
    echo '  .then(({ svg }) => { document.body.innerHTML = ""; const pre = document.createElement("pre"); pre.id = "svg"; pre.textContent = svg; document.body.appendChild(pre); })'
    echo '  .catch(e => { document.body.textContent = "RENDER-ERROR " + e; });'
    echo '</script></body></html>'
  } > "$page"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --allow-file-access-from-files --virtual-time-budget=10000 \
    --user-data-dir="$work/profile" --dump-dom "file://$page" 2>/dev/null > "$work/$name.dom"
  python3 - "$work/$name.dom" "docs/images/$name.svg" <<'PY'
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<pre id="svg">(.*?)</pre>', dom, re.S)
if not m:
    sys.exit("no diagram rendered for " + sys.argv[2] + ": " + dom[-300:])
open(sys.argv[2], "w", encoding="utf-8").write(html.unescape(m.group(1)))
PY
  echo "docs/images/$name.svg"
done
