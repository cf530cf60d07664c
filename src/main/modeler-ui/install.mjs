// `npm ci` only when node_modules does not match package-lock.json (npm's own record of the
// installed tree, node_modules/.package-lock.json, is older than the lock file or missing), so a
// second Maven build does not reinstall. Dependencies come from the npm registry at build time
// only; node_modules is git-ignored.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lock = path.join(here, 'package-lock.json');
const installed = path.join(here, 'node_modules', '.package-lock.json');
if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) {
  console.log('modeler-ui: node_modules matches package-lock.json');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// @carbon packages (through the properties panel) start IBM's telemetry in the background on
// install; a build machine sends nothing anywhere: switched off.
const env = { ...process.env, IBM_TELEMETRY_DISABLED: 'true' };
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit', env });
process.exit(result.status === null ? 1 : result.status);
