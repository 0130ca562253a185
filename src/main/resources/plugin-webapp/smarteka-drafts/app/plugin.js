/*
 * Smarteka workflow: «Подать практику» in Tasklist's header (a Tasklist plugin, Camunda 7's frontend plugin API,
 * plugin point tasklist.navbar.action). An official opens the list of their drafts (titles, newest first) and sends one
 * to publication: nobody types a passport number. The data and the submission go through the plugin's server
 * resource {tasklistApi}/plugin/smarteka-drafts/{engine}/drafts, which checks everything again (only the region's
 * official, only a complete passport) and answers refusals in Russian, shown here field by field. What is shown is
 * set as text, never as HTML: titles are written by users. Users without drafts see no action.
 */

const PLUGIN = 'smarteka-drafts';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function csrfToken(api) {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : api.CSRFToken;
}

async function call(api, method, path) {
  const response = await fetch(`${api.tasklistApi}/plugin/${PLUGIN}/${api.engine}/drafts${path}`, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api) },
  });
  let body = null;
  try {
    body = await response.json();
  } catch { /* no JSON */ }
  if (!response.ok) {
    const error = new Error((body && body.message) || `Ошибка ${response.status}`);
    error.fields = (body && body.fields) || [];
    throw error;
  }
  return body;
}

function closePanel() {
  document.querySelectorAll('.smarteka-drafts-panel').forEach((panel) => panel.remove());
}

async function openPanel(api, anchor) {
  closePanel();
  const list = el('ul', { class: 'smarteka-drafts-list', style: 'padding-left:0;margin:0' });
  const status = el('div', { class: 'smarteka-drafts-status', role: 'status' });
  const panel = el('div', { class: 'smarteka-drafts-panel', role: 'dialog', 'aria-label': 'Подать практику' },
    el('div', { class: 'smarteka-drafts-head' },
      el('strong', {}, 'Подать практику на публикацию'),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Закрыть', onclick: closePanel }, '×')),
    el('p', { class: 'smarteka-drafts-hint' },
      'Ваши черновики паспортов. Паспорт должен быть заполнен полностью, документы — приложены.'),
    status, list);
  const box = anchor.getBoundingClientRect();
  Object.assign(panel.style, {
    position: 'fixed', top: `${Math.round(box.bottom + 6)}px`, right: '12px', zIndex: 2000, width: '460px',
    maxHeight: '70vh', overflowY: 'auto', background: '#fff', border: '1px solid #b5bfcc', borderRadius: '4px',
    boxShadow: '0 6px 18px rgba(0,0,0,.18)', padding: '12px 14px', fontSize: '14px', color: '#333',
  });
  document.body.appendChild(panel);
  status.textContent = 'Загрузка черновиков…';
  let drafts;
  try {
    drafts = await call(api, 'GET', '');
  } catch (error) {
    status.textContent = error.message;
    return;
  }
  status.textContent = drafts.length ? '' : 'Черновиков нет: заполните паспорт практики на портале «Смартека».';
  drafts.forEach((draft) => {
    const message = el('div', { class: 'smarteka-drafts-message' });
    const button = el('button', { type: 'button', class: 'btn btn-primary btn-sm' }, 'Отправить на публикацию');
    const row = el('li', { class: 'smarteka-draft', 'data-practice': draft.id,
      style: 'list-style:none;border-top:1px solid #e5e8ec;padding:8px 0' },
      el('div', { class: 'smarteka-draft-title', style: 'font-weight:600' }, `«${draft.title}»`),
      el('div', { style: 'color:#666;font-size:12px;margin-bottom:4px' }, `Паспорт № ${draft.id}, регион ${draft.regionCode}`),
      button, message);
    button.addEventListener('click', async () => {
      button.disabled = true;
      message.textContent = '';
      try {
        const submitted = await call(api, 'POST', `/${draft.id}/submit`);
        row.replaceChildren(el('div', { class: 'smarteka-drafts-done', style: 'color:#2f7d32' },
          `Практика «${submitted.title}» отправлена на публикацию: ${submitted.status}.`));
      } catch (error) {
        button.disabled = false;
        message.style.color = '#b5152b';
        message.replaceChildren(el('div', {}, error.message),
          ...error.fields.map((f) => el('div', { class: 'smarteka-drafts-field' }, `— ${f.message}`)));
      }
    });
    list.appendChild(row);
  });
}

export default [
  {
    id: 'smarteka-drafts-action',
    pluginPoint: 'tasklist.navbar.action',
    priority: 110,
    render: (node, { api }) => {
      // only officials with drafts see the action
      call(api, 'GET', '').then((drafts) => {
        if (!drafts.length) return;
        const link = el('a', { href: '', class: 'smarteka-drafts-action', role: 'button' },
          el('span', { class: 'glyphicon glyphicon-send', 'aria-hidden': 'true' }), ' Подать практику');
        link.addEventListener('click', (event) => {
          event.preventDefault();
          if (document.querySelector('.smarteka-drafts-panel')) closePanel();
          else openPanel(api, link);
        });
        node.appendChild(link);
      }).catch(() => { /* not an official, or no session: no action */ });
    },
  },
];
