/*
 * Smarteka workflow: «История дел» — the case history of a practice, a replication request or a quarterly report,
 * read-only, for auditors. A Cockpit plugin (Camunda 7 frontend plugin API): a navigation entry and a route
 * (#/case-history) rendered with plain DOM calls; the data comes from the plugin's server resource
 * {cockpitApi}/plugin/smarteka-case-history/{engine}/cases. What is shown is set as text, never as HTML: titles,
 * reasons and comments are written by users.
 */

const PLUGIN = 'smarteka-case-history';
const ROUTE = '/case-history';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => {
    if (child === undefined || child === null || child === false) {
      return;
    }
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function when(value) {
  if (!value) {
    return '—';
  }
  return new Date(value).toLocaleString('ru-RU', {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'
  });
}

/** The state of the page, kept in the address (#/case-history?kind=…&q=…&case=practice-12), so a link opens it. */
function readState() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  return {
    kind: params.get('kind') || '',
    q: params.get('q') || '',
    region: params.get('region') || '',
    status: params.get('status') || '',
    page: Number(params.get('page') || 0),
    case: params.get('case') || ''
  };
}

function writeState(state) {
  const params = new URLSearchParams();
  Object.entries(state).forEach(([key, value]) => {
    if (value !== '' && value !== null && value !== undefined && !(key === 'page' && value === 0)) {
      params.set(key, value);
    }
  });
  const query = params.toString();
  window.location.hash = '#' + ROUTE + (query ? '?' + query : '');
}

async function load(api, path) {
  const response = await fetch(`${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}/cases${path}`, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin'
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const fields = (body.fields || []).map(f => `${f.field}: ${f.message}`).join('; ');
    throw new Error((body.message || `Ошибка ${response.status}`) + (fields ? ` (${fields})` : ''));
  }
  return body;
}

function option(value, label, selected) {
  return el('option', { value, selected: value === selected }, label);
}

function searchForm(filters, state) {
  const kind = el('select', { class: 'form-control', name: 'kind', 'aria-label': 'Вид дела' },
    option('', 'Все виды дел', state.kind),
    filters.kinds.map(k => option(k.code, k.label, state.kind)));
  const region = el('select', { class: 'form-control', name: 'region', 'aria-label': 'Регион' },
    option('', 'Все регионы', state.region),
    filters.regions.map(r => option(r.code, `${r.label} (${r.code})`, state.region)));
  const statuses = state.kind ? filters.statuses[state.kind] : Object.values(filters.statuses).flat();
  const seen = new Set();
  const status = el('select', { class: 'form-control', name: 'status', 'aria-label': 'Статус' },
    option('', 'Любой статус', state.status),
    statuses.filter(s => !seen.has(s.code) && seen.add(s.code)).map(s => option(s.code, s.label, state.status)));
  kind.addEventListener('change', () => { status.value = ''; });
  const text = el('input', {
    class: 'form-control', name: 'q', type: 'search', value: state.q, 'aria-label': 'Номер или название',
    placeholder: 'Номер или часть названия'
  });
  return el('form', {
    class: 'form-inline smarteka-case-search',
    onsubmit: event => {
      event.preventDefault();
      writeState({ kind: kind.value, q: text.value.trim(), region: region.value, status: status.value, page: 0 });
    }
  }, text, ' ', kind, ' ', region, ' ', status, ' ', el('button', { class: 'btn btn-primary', type: 'submit' }, 'Найти'));
}

function resultsTable(page, state) {
  if (!page.items.length) {
    return el('p', { class: 'smarteka-case-empty' }, 'Ничего не найдено.');
  }
  const rows = page.items.map(item => el('tr', {},
    el('td', {}, item.kindLabel),
    el('td', {}, String(item.id)),
    el('td', {}, el('a', {
      href: '#' + ROUTE + '?' + new URLSearchParams({ case: `${item.kind}-${item.id}` }).toString(),
      class: 'smarteka-case-link'
    }, item.title)),
    el('td', {}, item.regionName),
    el('td', {}, item.statusLabel),
    el('td', {}, when(item.changedAt))));
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  const pager = el('div', { class: 'smarteka-case-pager' },
    `Найдено дел: ${page.total}. Страница ${page.page + 1} из ${pages}. `,
    page.page > 0 ? el('button', { class: 'btn btn-default btn-sm', type: 'button',
      onclick: () => writeState({ ...state, page: page.page - 1 }) }, '← Назад') : null,
    ' ',
    page.page + 1 < pages ? el('button', { class: 'btn btn-default btn-sm', type: 'button',
      onclick: () => writeState({ ...state, page: page.page + 1 }) }, 'Вперёд →') : null);
  return el('div', {},
    el('table', { class: 'table table-striped smarteka-case-results' },
      el('thead', {}, el('tr', {}, ['Вид', '№', 'Название', 'Регион', 'Статус', 'Изменено'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    pager);
}

function section(title, content) {
  return el('section', { class: 'smarteka-case-section' }, el('h3', {}, title), content);
}

function table(headers, rows, empty) {
  if (!rows.length) {
    return el('p', {}, empty);
  }
  return el('table', { class: 'table table-condensed' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

function timelineView(t, state) {
  const h = t.header;
  const back = el('a', { href: '#' + ROUTE + (state.q || state.kind || state.region || state.status ? '?' +
    new URLSearchParams({ kind: state.kind, q: state.q, region: state.region, status: state.status }).toString()
    : '') }, '← К поиску');
  const related = t.related.length ? el('p', {}, 'Связанные дела: ', t.related.map((r, i) => [i ? ', ' : '',
    el('a', { href: '#' + ROUTE + '?' + new URLSearchParams({ case: `${r.kind}-${r.id}` }).toString() },
      `${r.kindLabel} № ${r.id} «${r.title}» (${r.statusLabel})`)])) : null;

  const timeline = table(['Когда', 'Что', 'Событие', 'Кто', 'Подробности'], t.entries.map(e => el('tr', {
    class: `smarteka-entry smarteka-entry-${e.type}`
  }, el('td', {}, when(e.at)), el('td', {}, e.typeLabel), el('td', {}, e.title), el('td', {}, e.actor || '—'),
  el('td', {}, e.note || ''))), 'Событий нет.');

  const tasks = table(['Задача', 'Создана', 'Срок', 'Взял в работу', 'Когда взята', 'Выполнил', 'Завершена', 'Итог',
    'Просрочена'], t.tasks.map(task => el('tr', { class: task.overdue ? 'danger' : '' },
    el('td', {}, task.name), el('td', {}, when(task.createdAt)), el('td', {}, when(task.dueAt)),
    el('td', {}, task.claimedBy || task.assignee || '—'), el('td', {}, when(task.claimedAt)),
    el('td', {}, task.completedBy || '—'), el('td', {}, when(task.endedAt)), el('td', {}, task.outcome),
    el('td', {}, task.overdue ? 'да' : 'нет'))), 'Задач нет.');

  const decisions = t.decisions.length ? t.decisions.map(d => el('div', { class: 'smarteka-decision panel panel-default' },
    el('div', { class: 'panel-heading' }, `${d.decisionName} — ${when(d.evaluatedAt)}`),
    el('div', { class: 'panel-body' },
      el('h4', {}, 'Входные данные'),
      table(['Поле', 'Значение'], d.inputs.map(v => el('tr', {}, el('td', {}, v.name), el('td', {}, v.value))),
        'Нет входных данных.'),
      el('h4', {}, 'Результат'),
      table(['Поле', 'Значение'], d.outputs.map(v => el('tr', {}, el('td', {}, v.name), el('td', {}, v.value))),
        'Решение не дало результата.'),
      el('h4', {}, 'Сработавшие правила'),
      table(['№', 'Правило', 'Условия'], d.matchedRules.map(r => el('tr', { class: 'smarteka-rule' },
        el('td', {}, r.order === null || r.order === undefined ? '—' : String(r.order)),
        el('td', {}, r.description || r.id), el('td', {}, r.conditions.join('; ') || 'без условий'))),
      'Ни одно правило не подошло.')))) : el('p', {}, 'Решений нет.');

  const documents = table(['Документ', 'Вид', 'Размер', 'Загрузил', 'Когда'], t.documents.map(d => el('tr', {},
    el('td', {}, d.fileName), el('td', {}, d.kind), el('td', {}, d.sizeBytes === null ? '—' : `${d.sizeBytes} байт`),
    el('td', {}, d.uploadedBy || '—'), el('td', {}, when(d.uploadedAt)))), 'Документов нет.');

  const mails = table(['Письмо', 'Вид', 'Получатель', 'Состояние', 'Создано', 'Отправлено'], t.notifications.map(m =>
    el('tr', {}, el('td', {}, m.subject), el('td', {}, m.kind), el('td', {}, m.recipient),
      el('td', {}, m.statusLabel), el('td', {}, when(m.createdAt)), el('td', {}, when(m.sentAt)))),
  'Писем не было.');

  const instances = table(['Процесс', 'Ключ', 'Начат', 'Окончен', 'Состояние'], t.instances.map(i => el('tr', {},
    el('td', {}, i.processName), el('td', {}, i.businessKey || '—'), el('td', {}, when(i.startedAt)),
    el('td', {}, when(i.endedAt)), el('td', {}, i.stateLabel))), 'Процесс по делу не запускался.');

  return el('div', { class: 'smarteka-case-timeline' },
    back,
    el('h2', {}, `${h.kindLabel} № ${h.id}: «${h.title}»`),
    el('p', {}, `Регион: ${h.regionName}. Статус: ${h.statusLabel}. Изменено: ${when(h.changedAt)}.`),
    related,
    section('Ход дела', timeline),
    section('Задачи', tasks),
    section('Решения', decisions),
    section('Документы', documents),
    section('Уведомления', mails),
    section('Экземпляры процессов', instances));
}

async function renderPage(node, api) {
  const state = readState();
  const root = el('div', { class: 'smarteka-case-history', style: 'padding: 15px; overflow: auto; height: 100%' },
    el('h1', {}, 'История дел'),
    el('p', { class: 'text-muted' },
      'Практики, заявки на тиражирование и квартальные отчёты: найдите дело по номеру, названию, региону или статусу ' +
      'и прочтите его ход — статусы, задачи, решения, документы и письма. Только чтение.'));
  node.innerHTML = '';
  node.appendChild(root);
  const content = el('div', {}, 'Загрузка…');
  try {
    if (state.case) {
      const [kind, id] = [state.case.slice(0, state.case.lastIndexOf('-')),
        state.case.slice(state.case.lastIndexOf('-') + 1)];
      root.appendChild(content);
      const timeline = await load(api, `/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`);
      content.replaceWith(timelineView(timeline, state));
    } else {
      const filters = await load(api, '/filters');
      root.appendChild(searchForm(filters, state));
      root.appendChild(content);
      const params = new URLSearchParams();
      ['kind', 'q', 'region', 'status'].forEach(key => state[key] && params.set(key, state[key]));
      params.set('page', String(state.page || 0));
      const page = await load(api, '?' + params.toString());
      content.replaceWith(resultsTable(page, state));
    }
  } catch (error) {
    const alert = el('div', { class: 'alert alert-danger', role: 'alert' }, error.message);
    if (content.isConnected) {
      content.replaceWith(alert);
    } else {
      root.appendChild(alert);
    }
  }
}

export default [
  {
    id: 'smarteka-case-history-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    // Cockpit's header puts this view in its menu (priority >= 0) and renders it: the link to the page
    render: (node) => {
      node.innerHTML = '';
      node.appendChild(el('a', { href: '#' + ROUTE }, 'История дел'));
    },
    properties: {
      label: 'История дел',
      pagePath: '#' + ROUTE,
      checkActive: path => path.indexOf('#' + ROUTE) > -1
    }
  },
  {
    id: 'smarteka-case-history-route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: ROUTE,
      label: 'История дел'
    },
    render: (node, { api }) => {
      renderPage(node, api);
    }
  }
];
