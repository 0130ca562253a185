// The process test coverage gate, run by `mvn verify` after the Java tests (not a *.test.mjs: node --test does not
// pick it up). camunda-process-test-coverage writes one report per test class to target/process-test-coverage/; a
// process is often taken by several classes (a replication test publishes its practice first), so the gate joins
// every class's runs and asks, for every model in processes/, that each flow node and sequence flow was taken by
// some test. Usage: node coverage-gate.mjs [reportsDir]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { PROCESSES_DIR, REPO_ROOT, listFiles, readText, rel } from './support.mjs';

const require = createRequire(import.meta.url);
const BpmnModdleModule = require('bpmn-moddle');
const BpmnModdle = BpmnModdleModule.default ?? BpmnModdleModule.BpmnModdle ?? BpmnModdleModule;

const reportsDir = process.argv[2] ?? join(REPO_ROOT, 'target', 'process-test-coverage');

/** Ids of the flow nodes and sequence flows of each executable process of a BPMN file, by process id. */
async function elementsOf(xml) {
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const processes = new Map();
  for (const root of rootElement.rootElements) {
    if (root.$type !== 'bpmn:Process' || !root.isExecutable) {
      continue;
    }
    const ids = new Set();
    const walk = (container) => {
      for (const element of container.flowElements ?? []) {
        if (element.$instanceOf('bpmn:FlowNode') || element.$type === 'bpmn:SequenceFlow') {
          ids.add(element.id);
        }
        if (element.flowElements) {
          walk(element);
        }
      }
    };
    walk(root);
    processes.set(root.id, ids);
  }
  return processes;
}

const covered = new Map();
if (!existsSync(reportsDir)) {
  // the Java tests were skipped (-DskipTests): there is nothing to check
  console.log(`No process coverage reports in ${rel(reportsDir)}: the Java tests did not run`);
  process.exit(0);
}
let suites = 0;
for (const dir of readdirSync(reportsDir, { withFileTypes: true })) {
  const report = join(reportsDir, dir.name, 'report.json');
  if (!dir.isDirectory() || !existsSync(report)) {
    continue;
  }
  suites++;
  const { suites: reported } = JSON.parse(readFileSync(report, 'utf8'));
  for (const suite of reported ?? []) {
    for (const run of suite.runs ?? []) {
      for (const event of run.events ?? []) {
        if (!covered.has(event.modelKey)) {
          covered.set(event.modelKey, new Set());
        }
        covered.get(event.modelKey).add(event.definitionKey);
      }
    }
  }
}

let failed = false;
for (const file of listFiles(PROCESSES_DIR, '.bpmn')) {
  for (const [key, elements] of await elementsOf(readText(file))) {
    const taken = covered.get(key) ?? new Set();
    const missing = [...elements].filter((id) => !taken.has(id)).sort();
    const percent = (100 * (elements.size - missing.length)) / elements.size;
    console.log(`${key.padEnd(28)} ${String(elements.size - missing.length).padStart(4)} of ${String(elements.size)
      .padStart(4)} flow nodes and sequence flows taken (${percent.toFixed(1)}%)`);
    if (missing.length > 0) {
      failed = true;
      console.error(`  ${rel(file)}: no test takes ${missing.join(', ')}`);
    }
  }
}
console.log(`(from ${suites} test classes' reports in ${rel(reportsDir)})`);
if (failed) {
  console.error('Process test coverage is below 100%: every path of every model needs a test');
  process.exit(1);
}
