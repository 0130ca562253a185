/*
 * Smarteka workflow: what Tasklist needs beyond its configuration, loaded as a custom script (config.js,
 * `customScripts`, the documented way to extend Tasklist). It changes no request and grants nothing: the server decides
 * and checks everything; this only shows people what the server says, in Russian.
 *
 * - Camunda Forms (form-js) messages in Russian: the form's validator answers in English ("Field is required."), its
 *   messages are translated where they are made, so the form shows them next to the field.
 * - A field that a condition hides keeps no error: form-js keeps the error of a field after hiding it, and Tasklist
 *   keeps «Завершить» disabled while any error is left (issue 14, point 4).
 * - A refusal of the server (400 of a task listener) is shown next to the field it names and above the button.
 * - Every filter shows its count (Tasklist counts only the selected one).
 * - A short confirmation after a task is completed.
 * - The placeholder of a choice list (the expert picker) in Russian.
 * - While the demo data is loading, a notice says so (../../welcome/scripts/smarteka.js).
 */

// the notice while the demo data is still loading (the welcome page's script)
import '../../welcome/scripts/smarteka.js';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Заполните это поле.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Значение должно быть не меньше ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Значение должно быть не больше ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Введите не меньше ${m[1]} символов.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Введите не больше ${m[1]} символов.`],
  [/^Field must match pattern .*$/s, () => 'Значение записано в неверном формате.'],
  [/^Field must be a valid email\.$/, () => 'Введите адрес электронной почты, например name@example.ru.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Введите телефон в международном формате, например +74951234567.'],
  [/^Value is not a number\.$/, () => 'Введите число.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Выберите допустимое значение: ближайшие — ${m[1]} и ${m[2]}.`],
];

/** The Russian text of one of form-js's messages (an unknown message stays as it is). */
export function russian(message) {
  if (typeof message !== 'string') return message;
  for (const [pattern, text] of MESSAGES) {
    const match = message.match(pattern);
    if (match) return text(match);
  }
  return message;
}

// ---- the form-js form of the task shown ------------------------------------------------------------------------------

/** The form-js Form rendered into a `.fjs-container` (found through the context form-js gives its components). */
function formOf(container) {
  const stack = [container.__k];
  const seen = new Set();
  while (stack.length) {
    const vnode = stack.pop();
    if (!vnode || typeof vnode !== 'object' || seen.has(vnode)) continue;
    seen.add(vnode);
    const value = vnode.props && vnode.props.value;
    if (value && typeof value.getService === 'function') {
      try {
        const form = value.getService('form', false);
        if (form && typeof form._getState === 'function') return form;
      } catch (e) { /* not the form's context */ }
    }
    if (Array.isArray(vnode.__k)) stack.push(...vnode.__k);
  }
  return null;
}

/** The ids of the fields shown now (a hidden field has no instance). */
function shownFieldIds(form) {
  return new Set(form.get('formFieldInstanceRegistry').getAll().map((instance) => instance.id));
}

/** Drops the errors of fields a condition has hidden, so that Tasklist enables «Завершить» again. */
function forgetHiddenErrors(form) {
  const { errors } = form._getState();
  const shown = shownFieldIds(form);
  const kept = {};
  let dropped = false;
  for (const [id, messages] of Object.entries(errors || {})) {
    if (shown.has(id)) kept[id] = messages;
    else dropped = true;
  }
  if (dropped) form._setState({ errors: kept });
}

function enhance(form) {
  if (form.__smarteka) return;
  form.__smarteka = true;
  const validator = form.get('validator');
  const validate = validator.validateFieldInstance.bind(validator);
  validator.validateFieldInstance = (...args) => validate(...args).map(russian);
  let pending;
  form.get('eventBus').on('formFieldInstanceRegistry.changed', ({ action }) => {
    if (action !== 'removed') return;
    clearTimeout(pending);
    pending = setTimeout(() => forgetHiddenErrors(form), 0);
  });
  // the server's messages hold until the person changes anything: the server checks the whole form again
  form.get('eventBus').on('field.updated', () => {
    const placed = form.__smartekaServerErrors;
    if (!placed || !Object.keys(placed).length) return;
    form.__smartekaServerErrors = {};
    setTimeout(() => {
      const kept = { ...form._getState().errors };
      for (const [id, messages] of Object.entries(placed)) {
        if (JSON.stringify(kept[id]) === JSON.stringify(messages)) delete kept[id];
      }
      form._setState({ errors: kept });
      clearRefusal();
    }, 0);
  });
  // the errors made before this script found the form
  const { errors } = form._getState();
  const translated = {};
  let changed = false;
  for (const [id, messages] of Object.entries(errors || {})) {
    translated[id] = Array.isArray(messages) ? messages.map(russian) : messages;
    changed = changed || JSON.stringify(translated[id]) !== JSON.stringify(messages);
  }
  if (changed) form._setState({ errors: translated });
}

function currentForms() {
  return [...document.querySelectorAll('.fjs-container')].map(formOf).filter(Boolean);
}

// ---- refusals of the server, next to the form ------------------------------------------------------------------------

const REFUSAL_CLASS = 'smarteka-refusal';

function showRefusal(body) {
  const container = document.querySelector('[cam-tasklist-form] .fjs-container, .fjs-container');
  if (!container) return;
  const form = formOf(container);
  const fieldErrors = Array.isArray(body.errors) ? body.errors : [];
  const unplaced = [];
  if (form) {
    const fields = form.get('formFieldRegistry').getAll();
    const errors = { ...form._getState().errors };
    const placed = {};
    for (const error of fieldErrors) {
      const field = fields.find((candidate) => candidate.key === error.field);
      if (field && shownFieldIds(form).has(field.id)) {
        placed[field.id] = [...(placed[field.id] || []), error.message];
      } else {
        unplaced.push(error.message);
      }
    }
    Object.assign(errors, placed);
    form.__smartekaServerErrors = placed;
    form._setState({ errors });
  }
  let box = document.querySelector(`.${REFUSAL_CLASS}`);
  if (!box) {
    box = document.createElement('div');
    box.className = `alert alert-danger ${REFUSAL_CLASS}`;
    box.setAttribute('role', 'alert');
    container.parentNode.insertBefore(box, container.nextSibling);
  }
  box.textContent = body.message || unplaced.join('; ');
}

function dismissNotices() {
  if (!document.querySelector(`.${REFUSAL_CLASS}`)) return;
  document.querySelectorAll('.page-notifications .alert .close, .page-notifications .close').forEach((close) => close.click());
}

function clearRefusal() {
  document.querySelectorAll(`.${REFUSAL_CLASS}`).forEach((box) => box.remove());
}

const SUBMIT = /\/(task|process-definition)\/[^/]+\/submit-form$/;
const COMPLETED_TASK = /\/task\/[^/]+\/submit-form$/;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function smartekaOpen(method, url, ...rest) {
  this.__smartekaUrl = String(url).split('?')[0];
  this.__smartekaMethod = String(method).toUpperCase();
  return open.call(this, method, url, ...rest);
};
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function smartekaSend(...args) {
  if (this.__smartekaMethod === 'POST' && SUBMIT.test(this.__smartekaUrl || '')) {
    this.addEventListener('loadend', () => {
      if (this.status >= 400 && this.status < 500) {
        try {
          showRefusal(JSON.parse(this.responseText));
          // Tasklist repeats the reason in a notice over the bottom of the form, where «Завершить» is: the reason
          // is next to the form already, so the notice goes
          for (const delay of [200, 800, 2000]) setTimeout(dismissNotices, delay);
        } catch (e) { /* not our JSON */ }
      } else if (this.status >= 200 && this.status < 300) {
        clearRefusal();
        if (COMPLETED_TASK.test(this.__smartekaUrl)) confirmCompletion();
      }
    });
  }
  return send.apply(this, args);
};

// ---- a confirmation after completion ---------------------------------------------------------------------------------

function confirmCompletion() {
  const note = document.createElement('div');
  note.className = 'alert alert-success smarteka-completed';
  note.setAttribute('role', 'status');
  note.textContent = 'Готово: задача завершена, решение сохранено. Следующий шаг уже передан исполнителю.';
  document.body.appendChild(note);
  setTimeout(() => note.remove(), 8000);
}

// ---- counts on every filter ------------------------------------------------------------------------------------------

const ENGINE = () => `${document.querySelector('base').getAttribute('engine-api')}engine/default`;
let countsLoading = false;
let countsAt = 0;

async function showCounts() {
  const filters = document.querySelectorAll('.task-filters .task-filter');
  if (!filters.length || countsLoading || Date.now() - countsAt < 5000) return;
  countsLoading = true;
  try {
    const response = await fetch(`${ENGINE()}/filter?resourceType=Task&itemCount=true`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const counts = new Map((await response.json()).map((filter) => [filter.name, filter.itemCount]));
    for (const element of document.querySelectorAll('.task-filters .task-filter')) {
      const link = element.querySelector('.name a');
      if (!link) continue;
      const name = [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent).join('').trim();
      if (!counts.has(name)) continue;
      let badge = link.querySelector('.smarteka-count');
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'smarteka-count badge';
        link.appendChild(badge);
      }
      badge.textContent = String(counts.get(name));
    }
  } finally {
    countsLoading = false;
    countsAt = Date.now();
  }
}

// ---- watching the page -----------------------------------------------------------------------------------------------

/** form-js's own English placeholders of a choice list (the expert picker) in Russian. */
function russianPlaceholders() {
  document.querySelectorAll('.fjs-taglist-input[placeholder="Search"]').forEach((input) => {
    input.setAttribute('placeholder', 'Найти по фамилии, логину или региону');
  });
}

let scheduled = false;
function look() {
  scheduled = false;
  currentForms().forEach(enhance);
  russianPlaceholders();
  showCounts();
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    setTimeout(look, 50);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
setInterval(() => { countsAt = 0; showCounts(); }, 15000);

export default [];
