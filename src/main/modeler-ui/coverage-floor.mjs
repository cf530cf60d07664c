// The test coverage floor per process, enforced in `./mvnw verify`: reads the reports that
// camunda-process-test-coverage wrote for each process test class
// (target/process-test-coverage/<class>/report.json), takes for every process the best share of
// its elements and flows that one test class passed, writes target/process-test-coverage/index.md
// (linked from docs/process-owners.md) and fails when a process of bpmn/ is below the floor or
// when no test measured it at all. A build that ran only some tests (-Dtest=…, mode "report")
// reports the processes it did not measure without failing.
// Usage: node coverage-floor.mjs <reports dir> <floor 0..1> <bpmn dir> [all|report]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bpmnFiles } from './bpmn-files.mjs';

const [reports, floorText, bpmn, mode = 'all'] = process.argv.slice(2);
const floor = Number(floorText);
const selection = mode === 'report';
if (!existsSync(reports)) {
  if (selection) {
    console.log('process coverage: no reports (no process test ran in this build), nothing to check');
    process.exit(0);
  }
  console.error('process coverage: no reports, but this build ran all tests: every process of ' + bpmn
    + ' needs a scenario test class with ProcessEngineCoverageExtension');
  process.exit(1);
}
const best = new Map();
for (const testClass of readdirSync(reports)) {
  const file = path.join(reports, testClass, 'report.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const covered = new Map();
  for (const suite of report.suites || []) {
    for (const run of suite.runs || []) {
      for (const event of run.events || []) {
        if (!covered.has(event.modelKey)) covered.set(event.modelKey, new Set());
        covered.get(event.modelKey).add(event.definitionKey);
      }
    }
  }
  for (const model of report.models || []) {
    const share = (covered.get(model.key) || new Set()).size / model.totalElementCount;
    const known = best.get(model.key);
    if (!known || share > known.share) best.set(model.key, { share, testClass });
  }
}
const keys = bpmnFiles(bpmn).map((file) => path.basename(file).replace(/\.bpmn$/, ''));
const lines = ['# 流程測試覆蓋率 / process test coverage', '', '下限 / floor: ' + (floor * 100).toFixed(0) + ' %', '',
  '| 流程 | 覆蓋率 | 測試類別 | 報告 |', '|---|---|---|---|'];
const below = [];
const unmeasured = [];
for (const key of keys.sort()) {
  const b = best.get(key);
  if (!b) {
    unmeasured.push(key);
    lines.push('| ' + key + ' | — | ' + (selection ? '(本次建置未執行其流程測試)' : '**沒有任何流程測試量度此流程**') + ' | |');
    continue;
  }
  if (b.share < floor) below.push(key + ' ' + (b.share * 100).toFixed(1) + ' %');
  lines.push('| ' + key + ' | ' + (b.share * 100).toFixed(1) + ' % | ' + b.testClass + ' | [' + b.testClass + '/report.html](' + b.testClass + '/report.html) |');
}
writeFileSync(path.join(reports, 'index.md'), lines.join('\n') + '\n');
console.log('process coverage: ' + best.size + ' models measured, floor ' + (floor * 100).toFixed(0) + ' %, table in ' + path.join(reports, 'index.md'));
let failed = false;
if (unmeasured.length) {
  if (selection) {
    console.log('process coverage: not measured in this test selection: ' + unmeasured.join(', '));
  } else {
    console.error('process coverage: no test class measured ' + unmeasured.join(', ')
      + ' (a scenario test class of each process must use ProcessEngineCoverageExtension)');
    failed = true;
  }
}
if (below.length) {
  console.error('process coverage below the floor of ' + (floor * 100) + ' %: ' + below.join(', '));
  failed = true;
}
if (failed) process.exit(1);
