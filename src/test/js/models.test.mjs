// Model-quality gate for BPMN and DMN models in processes/ (see README.md).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';

import {
  PROCESSES_DIR, FIXTURES_DIR, listFiles, rel, readText, lintBpmn, lintDmn, parseBpmn, formatProblems, generatedIds
} from './support.mjs';

const bpmnFiles = listFiles(PROCESSES_DIR, '.bpmn');
const dmnFiles = listFiles(PROCESSES_DIR, '.dmn');

/** Any report fails the gate: error, warn, and info (the 7.24 history-time-to-live rule reports as info). */
function assertClean(file, problems) {
  assert.equal(problems.length, 0, `${file}: ${problems.length} lint problem(s)\n${formatProblems(problems)}`);
}

describe('processes/*.bpmn: bpmnlint (recommended + camunda-platform-7-24)', () => {
  if (bpmnFiles.length === 0) {
    console.log(`no BPMN models in ${rel(PROCESSES_DIR)}/: nothing to lint`);
    test('no BPMN models in processes/', { skip: 'processes/ holds no *.bpmn' }, () => {});
  }
  for (const file of bpmnFiles) {
    test(rel(file), async () => assertClean(rel(file), await lintBpmn(readText(file))));
  }
});

describe('processes/*.dmn: dmnlint (recommended) + historyTimeToLive', () => {
  if (dmnFiles.length === 0) {
    console.log(`no DMN models in ${rel(PROCESSES_DIR)}/: nothing to lint`);
    test('no DMN models in processes/', { skip: 'processes/ holds no *.dmn' }, () => {});
  }
  for (const file of dmnFiles) {
    test(rel(file), async () => assertClean(rel(file), await lintDmn(readText(file))));
  }
});

describe('processes/: no generated IDs left', () => {
  for (const file of [...bpmnFiles, ...dmnFiles]) {
    test(rel(file), async () => {
      const ids = await generatedIds(readText(file));
      assert.deepEqual(ids, [], `${rel(file)}: rename the generated IDs (e.g. Task_PreliminaryCheck): ${ids.join(', ')}`);
    });
  }
  test('a generated ID in a fixture is found', async () => {
    const ids = await generatedIds(readText(join(FIXTURES_DIR, 'invalid', 'broken-review.bpmn')));
    assert.ok(ids.includes('Activity_1x2y3z4'), ids.join(', '));
  });
  test('the valid fixture has none', async () => {
    assert.deepEqual(await generatedIds(readText(join(FIXTURES_DIR, 'valid', 'practice-review.bpmn'))), []);
  });
});

describe('processes/: process keys are unique', () => {
  test('no process id is defined in two BPMN files', async () => {
    const seen = new Map();
    const duplicates = [];
    for (const file of bpmnFiles) {
      let definitions;
      try {
        ({ definitions } = await parseBpmn(readText(file)));
      } catch {
        continue; // reported by the lint test of that file
      }
      for (const element of definitions.rootElements || []) {
        if (element.$type !== 'bpmn:Process') {
          continue;
        }
        if (seen.has(element.id)) {
          duplicates.push(`process '${element.id}' in ${seen.get(element.id)} and ${rel(file)}`);
        }
        seen.set(element.id, rel(file));
      }
    }
    assert.deepEqual(duplicates, [], `duplicate process keys:\n  ${duplicates.join('\n  ')}`);
  });
});

// The gate must be able to fail: fixtures with known problems.
describe('fixtures: the lint gate finds problems', () => {
  test('a valid BPMN fixture lints clean', async () => {
    assertClean('fixtures/valid/practice-review.bpmn', await lintBpmn(readText(join(FIXTURES_DIR, 'valid', 'practice-review.bpmn'))));
  });

  test('a BPMN without historyTimeToLive and with an unlabelled task is reported', async () => {
    const problems = await lintBpmn(readText(join(FIXTURES_DIR, 'invalid', 'broken-review.bpmn')));
    const found = problems.map((p) => `${p.rule} ${p.id}`);
    assert.ok(found.includes('camunda-compat/history-time-to-live fixture_broken_review'), formatProblems(problems));
    assert.ok(found.includes('label-required Activity_1x2y3z4'), formatProblems(problems));
  });

  test('an unparsable BPMN is reported', async () => {
    const problems = await lintBpmn('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><oops');
    assert.ok(problems.length > 0);
  });

  test('a valid DMN fixture lints clean', async () => {
    assertClean('fixtures/valid/practice-priority.dmn', await lintDmn(readText(join(FIXTURES_DIR, 'valid', 'practice-priority.dmn'))));
  });

  test('a DMN decision without name and historyTimeToLive is reported', async () => {
    const problems = await lintDmn(readText(join(FIXTURES_DIR, 'invalid', 'broken-priority.dmn')));
    const found = problems.map((p) => `${p.rule} ${p.id}`);
    assert.ok(found.includes('label-required fixture_broken_priority'), formatProblems(problems));
    assert.ok(found.includes('camunda-history-time-to-live fixture_broken_priority'), formatProblems(problems));
  });
});
