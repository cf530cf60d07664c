// The .bpmn files below a folder (hidden folders such as .camunda skipped), for the build's
// bpmnlint run (lint-bpmn.mjs) and the coverage floor (coverage-floor.mjs).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function bpmnFiles(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      if (!name.startsWith('.')) bpmnFiles(file, found);
    } else if (name.endsWith('.bpmn')) {
      found.push(file);
    }
  }
  return found;
}
