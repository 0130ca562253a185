// Gate for Camunda Forms in forms/ and the camunda:formRef links to them from processes/ (see README.md).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';

import {
  FORMS_DIR, PROCESSES_DIR, FIXTURES_DIR, MAX_FORM_SCHEMA_VERSION, listFiles, rel, readText,
  checkForm, checkFormText, collectFormRefs, checkFormRefs
} from './support.mjs';

const formFiles = listFiles(FORMS_DIR, '.form');
const bpmnFiles = listFiles(PROCESSES_DIR, '.bpmn');

/** Form id -> files declaring it, for the forms that parse. */
function formIdsOf(files) {
  const ids = new Map();
  for (const file of files) {
    const { schema } = checkFormText(readText(file));
    if (typeof schema?.id === 'string') {
      ids.set(schema.id, [...(ids.get(schema.id) || []), rel(file)]);
    }
  }
  return ids;
}

describe(`forms/*.form: JSON, id, schemaVersion <= ${MAX_FORM_SCHEMA_VERSION}, form-js import, required fields`, () => {
  if (formFiles.length === 0) {
    console.log(`no forms in ${rel(FORMS_DIR)}/: nothing to check`);
    test('no forms in forms/', { skip: 'forms/ holds no *.form' }, () => {});
  }
  for (const file of formFiles) {
    test(rel(file), async () => {
      const { problems } = await checkForm(readText(file));
      assert.deepEqual(problems, [], `${rel(file)}:\n  ${problems.join('\n  ')}`);
    });
  }
  if (formFiles.length > 1) {
    test('form ids are unique', () => {
      const duplicates = [...formIdsOf(formFiles)].filter(([, files]) => files.length > 1)
        .map(([id, files]) => `'${id}' in ${files.join(', ')}`);
      assert.deepEqual(duplicates, [], `duplicate form ids:\n  ${duplicates.join('\n  ')}`);
    });
  }
});

describe('processes/*.bpmn: every camunda:formRef resolves to a forms/*.form id, binding "deployment"', () => {
  if (bpmnFiles.length === 0) {
    console.log(`no BPMN models in ${rel(PROCESSES_DIR)}/: no form references to check`);
    test('no BPMN models in processes/', { skip: 'processes/ holds no *.bpmn' }, () => {});
  }
  const formIds = new Set(formIdsOf(formFiles).keys());
  for (const file of bpmnFiles) {
    test(rel(file), async () => {
      const refs = await collectFormRefs(readText(file));
      const problems = checkFormRefs(refs, formIds, rel(file));
      assert.deepEqual(problems, [], `unresolved or badly bound form references:\n  ${problems.join('\n  ')}`);
    });
  }
});

// The gate must be able to fail: fixtures with known problems, and one that must pass.
describe('fixtures: the forms gate', () => {
  const fixture = (...path) => join(FIXTURES_DIR, ...path);

  test('a valid form (Russian labels, required textfield, select) imports cleanly; validate() reports the required field', async () => {
    const { problems, errors } = await checkForm(readText(fixture('valid', 'practice-review.form')));
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.keys(errors), ['practiceTitle']);
    assert.deepEqual(errors.practiceTitle, ['Field is required.']);
  });

  test('a form with schemaVersion 17 is rejected', async () => {
    const { problems } = await checkForm(readText(fixture('invalid', 'schema-version-17.form')));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /schemaVersion 17 > 16/);
  });

  test('a form without id, or not JSON, is rejected', async () => {
    const withoutId = JSON.parse(readText(fixture('valid', 'practice-review.form')));
    delete withoutId.id;
    assert.match((await checkForm(JSON.stringify(withoutId))).problems.join('\n'), /no "id"/);
    assert.match((await checkForm('{ "id": "x", ')).problems.join('\n'), /not valid JSON/);
  });

  test('a form that form-js cannot import is rejected', async () => {
    const schema = JSON.parse(readText(fixture('valid', 'practice-review.form')));
    schema.components.push({ id: 'Field_unknown', key: 'unknown', type: 'no-such-component', label: 'Неизвестно' });
    assert.match((await checkForm(JSON.stringify(schema))).problems.join('\n'), /could not import/);
  });

  test('a BPMN whose formRef resolves, bound to the deployment, passes', async () => {
    const formIds = new Set(formIdsOf([fixture('valid', 'practice-review.form')]).keys());
    const refs = await collectFormRefs(readText(fixture('valid', 'practice-review.bpmn')));
    assert.equal(refs.length, 1);
    assert.deepEqual(checkFormRefs(refs, formIds, 'practice-review.bpmn'), []);
  });

  test('a BPMN with a formRef to a missing form is reported with the element id', async () => {
    const formIds = new Set(formIdsOf([fixture('valid', 'practice-review.form')]).keys());
    const refs = await collectFormRefs(readText(fixture('invalid', 'broken-review.bpmn')));
    const problems = checkFormRefs(refs, formIds, 'broken-review.bpmn');
    assert.ok(problems.some((p) => p.includes("'Activity_1x2y3z4'") && p.includes("'no-such-form'")), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('formRefBinding="latest"')), problems.join('\n'));
  });
});
