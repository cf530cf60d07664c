// bpmnlint (recommended + Camunda 7.24 compatibility, .bpmnlintrc) over the repository's bpmn/:
// the same rules as the browser editor, run in the Maven build and so in CI. Fails on errors.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bpmnFiles } from './bpmn-files.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../bpmn');
const files = bpmnFiles(root);
const cli = path.join(here, 'node_modules', 'bpmnlint', 'bin', 'bpmnlint.js');
const result = spawnSync(process.execPath, [cli, ...files], { cwd: here, stdio: 'inherit' });
process.exit(result.status === null ? 1 : result.status);
