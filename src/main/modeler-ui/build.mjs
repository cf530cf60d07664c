// Bundles /modeler (bpmn-js, the Camunda 7 properties panel, element templates, bpmnlint and the
// form-js editor) into the jar's static resources at Maven build time (exec-maven-plugin runs
// `npm ci` then `npm run build`). Nothing is fetched when the page runs: every script, style
// and font is a file of the jar under /modeler/assets/.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = process.env.MODELER_OUT || path.resolve(here, '../../../target/classes/static/modeler/assets');

// bpmnlint's rules, resolved now and bundled (bpmn-js-bpmnlint cannot load rules in the browser)
const compileConfig = require('bpmnlint/lib/support/compile-config');
const config = JSON.parse(await readFile(path.join(here, '.bpmnlintrc'), 'utf8'));
await mkdir(path.join(here, 'generated'), { recursive: true });
await writeFile(path.join(here, 'generated', 'bpmnlint-config.js'), await compileConfig(config));

await build({
  entryPoints: { modeler: path.join(here, 'src', 'modeler.js'), 'modeler-style': path.join(here, 'src', 'modeler.css') },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir: out,
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  assetNames: '[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'linked'
});
console.log('modeler bundle written to ' + out);
