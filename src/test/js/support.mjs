// Shared helpers of the model-quality gates (models.test.mjs, forms.test.mjs).
// Not a test file itself: node --test only picks up *.test.mjs here.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** src/test/js */
export const JS_DIR = dirname(fileURLToPath(import.meta.url));
/** The repository root: two levels above src/test/js. */
export const REPO_ROOT = resolve(JS_DIR, '..', '..', '..');
export const PROCESSES_DIR = join(REPO_ROOT, 'processes');
export const FORMS_DIR = join(REPO_ROOT, 'forms');
export const FIXTURES_DIR = join(JS_DIR, 'fixtures');

/** Tasklist 7.24 bundles form-js with this schemaVersion; newer forms may not render. */
export const MAX_FORM_SCHEMA_VERSION = 16;

/** Files of `dir` ending with `ext` (absolute paths, sorted); none if `dir` is missing. */
export function listFiles(dir, ext) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/** Path relative to the repository root, for messages. */
export function rel(path) {
  return relative(REPO_ROOT, path);
}

export function readText(path) {
  return readFileSync(path, 'utf8');
}

// ---------------------------------------------------------------------------------------------------------------------
// BPMN: bpmnlint with .bpmnlintrc (bpmnlint:recommended + camunda-compat camunda-platform-7-24)
// ---------------------------------------------------------------------------------------------------------------------

const { Linter: BpmnLinter } = require('bpmnlint');
const BpmnNodeResolver = require('bpmnlint/lib/resolver/node-resolver');
// bpmn-moddle is bpmnlint's own dependency: load it from there so its version matches the linter's
const bpmnModdleModule = createRequire(require.resolve('bpmnlint'))('bpmn-moddle');
const BpmnModdle = bpmnModdleModule.BpmnModdle ?? bpmnModdleModule.default ?? bpmnModdleModule;

export const BPMNLINT_CONFIG = JSON.parse(readText(join(JS_DIR, '.bpmnlintrc')));

// Resolve rules, configs and moddle extensions from this npm project, whatever the current directory is.
// A fresh Linter per model: some rules (e.g. no-duplicate-sequence-flows) keep state in the rule instance, which a
// Linter caches, so reusing one Linter across files reports false duplicates (the CLI also lints each file anew).
const bpmnResolver = new BpmnNodeResolver({ require });
const newBpmnLinter = () => new BpmnLinter({ config: BPMNLINT_CONFIG, resolver: bpmnResolver });

function createBpmnModdle() {
  const extensions = {};
  for (const [prefix, path] of Object.entries(BPMNLINT_CONFIG.moddleExtensions || {})) {
    extensions[prefix] = require(path);
  }
  return new BpmnModdle(extensions);
}

/**
 * Parse BPMN XML with the Camunda extension.
 *
 * @return {Promise<{ definitions: any, warnings: string[] }>} import warnings as readable lines
 */
export async function parseBpmn(xml) {
  const moddle = createBpmnModdle();
  const { rootElement, warnings = [] } = await moddle.fromXML(xml);
  return {
    definitions: rootElement,
    warnings: warnings.map((w) => `${w.element?.id ?? '?'}: ${String(w.message).split('\n')[0]}`)
  };
}

/**
 * Lint BPMN XML. Import warnings (unknown elements/attributes, broken references) count as errors,
 * as the bpmnlint CLI does.
 *
 * @return {Promise<Array<{ rule: string, id: string, message: string, category: string }>>}
 */
export async function lintBpmn(xml) {
  let parsed;
  try {
    parsed = await parseBpmn(xml);
  } catch (error) {
    return [{ rule: 'parse', id: '', message: `Parse error: ${error.message.split('\n')[0]}`, category: 'error' }];
  }
  const problems = parsed.warnings.map((w) => ({ rule: 'import', id: w.split(':')[0], message: `Import warning: ${w}`, category: 'error' }));
  const results = await newBpmnLinter().lint(parsed.definitions);
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({ rule, id: report.id ?? '', message: report.message, category: report.category });
    }
  }
  return problems;
}

/** One line per problem: `category  rule  element  message`. */
export function formatProblems(problems) {
  return problems
    .map((p) => `  ${p.category.padEnd(7)} ${p.rule.padEnd(36)} ${(p.id || '-').padEnd(28)} ${p.message}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------------
// DMN: dmnlint 0.2.0 (rules label-required, no-duplicate-requirements) with its own dmn-moddle 9 (DMN 1.3, callback
// API). Its CLI reads the working directory; we parse ourselves and call dmnlint's Linter with a resolver scoped here.
// ---------------------------------------------------------------------------------------------------------------------

const { Linter: DmnLinter } = require('dmnlint');
const DmnNodeResolver = require('dmnlint/lib/resolver/node-resolver');
const dmnModdleModule = createRequire(require.resolve('dmnlint'))('dmn-moddle');
const DmnModdle = dmnModdleModule.DmnModdle ?? dmnModdleModule.default ?? dmnModdleModule;

export const DMNLINT_CONFIG = { extends: 'dmnlint:recommended' };
const dmnResolver = new DmnNodeResolver({ require });
const newDmnLinter = () => new DmnLinter({ config: DMNLINT_CONFIG, resolver: dmnResolver });

/** @return {Promise<Array<{ rule: string, id: string, message: string, category: string }>>} */
export async function lintDmn(xml) {
  let definitions;
  const problems = [];
  try {
    const result = await new Promise((done, fail) => {
      new DmnModdle().fromXML(xml, 'dmn:Definitions', (error, rootElement, context) => {
        return error ? fail(error) : done({ rootElement, warnings: context?.warnings });
      });
    });
    definitions = result.rootElement;
    for (const w of result.warnings || []) {
      problems.push({ rule: 'import', id: w.element?.id ?? '', message: `Import warning: ${String(w.message).split('\n')[0]}`, category: 'error' });
    }
  } catch (error) {
    return [{ rule: 'parse', id: '', message: `Parse error: ${error.message.split('\n')[0]}`, category: 'error' }];
  }
  const results = await newDmnLinter().lint(definitions);
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({ rule, id: report.id ?? '', message: report.message, category: report.category });
    }
  }
  // Camunda 7 refuses to deploy a decision without history TTL (dmnlint has no rule for it).
  for (const element of definitions.drgElement || []) {
    if (element.$type === 'dmn:Decision' && !hasDmnHistoryTimeToLive(element)) {
      problems.push({
        rule: 'camunda-history-time-to-live', id: element.id,
        message: 'Decision is missing camunda:historyTimeToLive', category: 'error'
      });
    }
  }
  return problems;
}

const CAMUNDA_DMN_NS = 'http://camunda.org/schema/1.0/dmn';

function hasDmnHistoryTimeToLive(decision) {
  // dmn-moddle has no Camunda extension: the attribute lands in $attrs under whatever prefix the file declares.
  const attrs = decision.$attrs || {};
  const prefixes = Object.entries(decision.$parent?.$attrs || {})
    .filter(([name, value]) => name.startsWith('xmlns:') && value === CAMUNDA_DMN_NS)
    .map(([name]) => name.slice('xmlns:'.length));
  return prefixes.some((prefix) => `${attrs[`${prefix}:historyTimeToLive`] ?? ''}`.trim() !== '');
}

// ---------------------------------------------------------------------------------------------------------------------
// camunda:formRef in BPMN
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Every camunda:formRef on user tasks and start events of the given BPMN XML.
 *
 * @return {Promise<Array<{ elementId: string, type: string, formRef: string, binding?: string }>>}
 */
export async function collectFormRefs(xml) {
  const { definitions } = await parseBpmn(xml);
  const refs = [];
  const visit = (element) => {
    if (!element || typeof element !== 'object') {
      return;
    }
    if ((element.$type === 'bpmn:UserTask' || element.$type === 'bpmn:StartEvent') && element.formRef !== undefined) {
      refs.push({ elementId: element.id, type: element.$type, formRef: element.formRef, binding: element.formRefBinding });
    }
    for (const child of [...(element.rootElements || []), ...(element.flowElements || [])]) {
      visit(child);
    }
  };
  visit(definitions);
  return refs;
}

/**
 * Check form references against the known form ids.
 *
 * @return {string[]} readable problems, each naming the element
 */
export function checkFormRefs(refs, formIds, file) {
  const problems = [];
  for (const ref of refs) {
    const where = `${file}: ${ref.type.replace('bpmn:', '')} '${ref.elementId}'`;
    if (!ref.formRef || !ref.formRef.trim()) {
      problems.push(`${where} has an empty camunda:formRef`);
      continue;
    }
    if (!formIds.has(ref.formRef)) {
      problems.push(`${where} references form '${ref.formRef}', which is not the id of any forms/*.form`);
    }
    if (ref.binding !== 'deployment') {
      problems.push(`${where} uses camunda:formRefBinding=${JSON.stringify(ref.binding ?? null)}; expected "deployment"`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------------
// Camunda Forms: static checks and form-js-viewer under jsdom
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Parse and statically check a .form file's text.
 *
 * @return {{ schema?: any, problems: string[] }}
 */
export function checkFormText(text) {
  let schema;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    return { problems: [`not valid JSON: ${error.message}`] };
  }
  const problems = [];
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    return { problems: ['not a JSON object'] };
  }
  if (typeof schema.id !== 'string' || !schema.id.trim()) {
    problems.push('has no "id" (camunda:formRef needs it)');
  }
  if (!Number.isInteger(schema.schemaVersion)) {
    problems.push('has no integer "schemaVersion"');
  } else if (schema.schemaVersion > MAX_FORM_SCHEMA_VERSION) {
    problems.push(`schemaVersion ${schema.schemaVersion} > ${MAX_FORM_SCHEMA_VERSION}: Tasklist 7.24 (form-js, schemaVersion ${MAX_FORM_SCHEMA_VERSION}) may not render it; export it for Camunda 7.24`);
  }
  if (!Array.isArray(schema.components)) {
    problems.push('has no "components" array');
  }
  return { schema, problems };
}

let formJs;

/** Install jsdom's window globals once, then load the CommonJS build of form-js-viewer. */
function loadFormJs() {
  if (formJs) {
    return formJs;
  }
  const { JSDOM } = require('jsdom');
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
  const { window } = dom;
  const globalNames = [
    'window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'HTMLInputElement', 'HTMLSelectElement',
    'HTMLTextAreaElement', 'HTMLButtonElement', 'HTMLFormElement', 'HTMLIFrameElement', 'SVGElement', 'Text',
    'DocumentFragment', 'Event', 'CustomEvent', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'InputEvent',
    'MutationObserver', 'DOMParser', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame',
    'localStorage', 'sessionStorage', 'File', 'FileList', 'Blob', 'FileReader', 'DOMRect', 'NodeFilter', 'Range',
    'Selection', 'CSS'
  ];
  for (const name of globalNames) {
    if (window[name] === undefined) {
      continue;
    }
    const value = typeof window[name] === 'function' && /^[a-z]/.test(name) ? window[name].bind(window) : window[name];
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  // jsdom has no ResizeObserver/matchMedia; form-js only needs them to exist
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  window.ResizeObserver ??= globalThis.ResizeObserver;
  window.matchMedia ??= () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });
  formJs = createRequire(import.meta.url)('@bpmn-io/form-js-viewer');
  return formJs;
}

/**
 * Import a form schema into a rendered form-js Form, then validate an empty submission.
 *
 * @return {Promise<{ warnings: string[], errors: Record<string, string[]>, consoleErrors: string[] }>} errors by field key
 */
export async function importAndValidateForm(schema) {
  const { Form } = loadFormJs();
  const container = document.createElement('div');
  document.body.appendChild(container);
  // form-js/preact report render problems through console.error: collect them as import problems
  const consoleErrors = [];
  const originalConsoleError = console.error;
  console.error = (...args) => consoleErrors.push(args.map(String).join(' '));
  const form = new Form({ container });
  try {
    const { warnings } = await form.importSchema(schema, {});
    // let preact render the fields: the field instances validate() walks register while rendering
    await new Promise((done) => setTimeout(done, 20));
    const byId = form.validate();
    // errors are keyed by the generated field id: report them by field key (the process variable), id as fallback
    const registry = form.get('formFieldRegistry');
    const errors = {};
    for (const [id, messages] of Object.entries(byId)) {
      errors[registry.get(id)?.key ?? id] = messages;
    }
    return { warnings: warnings.map((w) => String(w.message ?? w)), errors, consoleErrors };
  } finally {
    console.error = originalConsoleError;
    form.destroy();
    container.remove();
  }
}

/** All components of a form schema, depth first (groups, dynamic lists, tables included). */
export function allComponents(schema) {
  const result = [];
  const walk = (components) => {
    for (const component of components || []) {
      result.push(component);
      walk(component.components);
    }
  };
  walk(schema.components);
  return result;
}

/**
 * Keys of the fields that must be reported on an empty submission: required, enabled, no default value,
 * not inside a dynamic list (no instances when empty), not conditionally shown.
 * Conditionally shown required fields may or may not be reported.
 */
export function requiredFieldIds(schema) {
  const must = new Set();
  const may = new Set();
  const walk = (components, conditional, inList) => {
    for (const c of components || []) {
      const isConditional = conditional || !!c.conditional?.hide;
      const isList = inList || c.type === 'dynamiclist';
      if (c.validate?.required === true && !c.disabled) {
        const hasDefault = c.defaultValue !== undefined && c.defaultValue !== '' && c.defaultValue !== null;
        (isConditional || isList || hasDefault ? may : must).add(c.key ?? c.id);
      }
      walk(c.components, isConditional, isList);
    }
  };
  walk(schema.components, false, false);
  return { must, may };
}

/**
 * The whole gate for one form: static checks, import into form-js-viewer without warnings/errors, and an empty
 * submission reporting exactly the required fields.
 *
 * @return {Promise<{ schema?: any, problems: string[], errors?: Record<string, string[]> }>}
 */
export async function checkForm(text) {
  const { schema, problems } = checkFormText(text);
  if (!schema || problems.length) {
    return { schema, problems };
  }
  let result;
  try {
    result = await importAndValidateForm(schema);
  } catch (error) {
    return { schema, problems: [`form-js could not import it: ${error.message}`] };
  }
  for (const warning of result.warnings) {
    problems.push(`form-js import warning: ${warning}`);
  }
  for (const message of result.consoleErrors) {
    problems.push(`form-js reported while rendering: ${message.split('\n')[0]}`);
  }
  const { must, may } = requiredFieldIds(schema);
  const reported = new Set(Object.keys(result.errors));
  for (const key of must) {
    if (!reported.has(key)) {
      problems.push(`required field '${key}' is not reported by validate() on an empty submission`);
    }
  }
  for (const key of reported) {
    if (!must.has(key) && !may.has(key)) {
      problems.push(`validate() on an empty submission reports '${key}', which is not a required field: ${result.errors[key].join(' ')}`);
    }
  }
  return { schema, problems, errors: result.errors };
}

/**
 * IDs Camunda Modeler generates (`Activity_0x1abcd`, `Gateway_1k2j3h4`, `Flow_0abc123`) that were never renamed:
 * code, tests, forms and history refer to IDs, so every element gets a meaningful one (`Task_PreliminaryCheck`).
 */
export const GENERATED_ID = /^(Activity|Task|Gateway|Event|StartEvent|EndEvent|Flow|SequenceFlow|DataObject|DataStoreReference|Participant|Lane|TextAnnotation|Association|MessageFlow|Message|Signal|Error|Escalation|Timer|Process|Collaboration|Definitions|Decision|InputData|Rule|InputClause|OutputClause|DecisionTable|LiteralExpression)_[0-9][0-9a-z]{6}$/;

export async function generatedIds(xml) {
  const ids = [...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  return ids.filter((id) => GENERATED_ID.test(id) && !/^(Shape|Edge|BPMNShape|BPMNEdge|DMNShape|DMNEdge)_/.test(id));
}
