// Shared steps of the browser tests: the application's address, the portal's API calls, the browser, screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
export const TASKLIST = `${BASE_URL}/camunda/app/tasklist/default/`;
export const COCKPIT = `${BASE_URL}/camunda/app/cockpit/default/`;
const SCREENSHOTS = process.env.SCREENSHOTS || new URL('../../../target/e2e', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

function basic(user, password = user) {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

/** Calls our REST API or the engine REST API as a user (HTTP Basic, password = login). */
export async function api(user, method, path, body) {
  const headers = { Authorization: basic(user), Accept: 'application/json' };
  let payload = body;
  if (body !== undefined && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(BASE_URL + path, { method, headers, body: payload });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} as ${user}: ${response.status} ${text.slice(0, 500)}`);
  }
  return text ? JSON.parse(text) : null;
}

/** A complete passport (src/test/java/.../support/Passports.java). */
export function passport(regionCode, title) {
  return {
    title,
    regionCode,
    categoryCode: 'HEALTHCARE',
    levelCode: 'SYSTEMIC_PRACTICE',
    organisation: 'Министерство здравоохранения',
    contactEmail: 'minzdrav@example.ru',
    contactPhone: '+7 (4162) 20-00-00',
    problem: 'Долгое ожидание записи к врачу в отдалённых сёлах',
    solution: 'Выездные бригады и запись через единый портал',
    resources: 'Две бригады, 12 млн рублей в год',
    results: 'Время ожидания сократилось с 14 до 3 дней',
    effect: 'Доступность первичной помощи выросла вдвое',
    targetAudience: 'Жители сёл численностью до 1000 человек',
    coverage: '120 тысяч жителей, 86% целевой аудитории',
    authorTeam: [{ fullName: 'Иванов Андрей Петрович', jobTitle: 'Заместитель министра',
      email: 'ivanov@example.ru', phone: '+7 914 000-00-00' }],
    algorithm: ['Составить карту сёл без врача', 'Сформировать выездные бригады', 'Открыть запись'],
    qolDirections: ['MEDICAL_CARE'],
    investmentFactors: [],
  };
}

/** What the portal does for an official: creates the passport, attaches the order (PDF), submits. Returns the practice. */
export async function submitPractice(official, regionCode, title) {
  const practice = await api(official, 'POST', '/api/practices', passport(regionCode, title));
  const form = new FormData();
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'Распоряжение.pdf');
  await api(official, 'POST', `/api/practices/${practice.id}/documents`, form);
  await api(official, 'POST', `/api/practices/${practice.id}/submit`);
  return practice;
}

/** What the portal does when a recipient uploads a document of a replication (kind: ROADMAP, LEGAL_ACT, ORDER, OTHER). */
export async function uploadReplicationDocument(official, replicationId, kind, fileName) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), fileName);
  return api(official, 'POST', `/api/replications/${replicationId}/documents`, form);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 60000);

/** A fresh browser session (own cookies) of a Russian-speaking user. */
export async function session(browser) {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 1000 },
    extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
  // how long a step waits for what the user should see: generous, because CI shares the machine (E2E_WAIT_MS)
  context.setDefaultTimeout(WAIT_MS);
  return context.newPage();
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Runs a step; on failure saves the page as <scenario>-FAILED-<step>.png and rethrows. */
export async function step(page, scenario, name, work) {
  try {
    return await work();
  } catch (error) {
    try {
      await screenshot(page, `${scenario}-FAILED-${name}`);
    } catch { /* the page may be gone */ }
    throw error;
  }
}

/** Logs into a webapp's login page (Tasklist by default) as a demo user. */
export async function login(page, user, password = user, url = TASKLIST) {
  await page.goto(url);
  for (let attempt = 1; ; attempt++) {
    await page.getByPlaceholder('Имя пользователя').fill(user);
    await page.getByPlaceholder('Пароль').fill(password);
    await page.getByRole('button', { name: 'Войти' }).click();
    // the webapp answers a login by leaving the form or by saying why not; a click the page's scripts did not take
    // yet gets neither, and is made once more
    const answered = await page.waitForFunction(() => !document.querySelector('input[placeholder="Имя пользователя"]')
      || /Не удалось войти|нет прав доступа|у вашей роли нет/.test(document.body.innerText), null, { timeout: 20000 })
      .then(() => true, () => false);
    if (answered || attempt === 2) return;
  }
}

/** The open tasks of a practice's process instance (business key practice-<id>), as the engine knows them. */
export async function tasksOf(practiceId, taskDefinitionKey) {
  const query = new URLSearchParams({ processInstanceBusinessKey: `practice-${practiceId}` });
  if (taskDefinitionKey) query.set('taskDefinitionKey', taskDefinitionKey);
  return api('demo', 'GET', `/engine-rest/task?${query}`);
}

/** Waits until the practice has an open task of this kind (the engine may still be working) and returns them. */
export async function awaitTasks(practiceId, taskDefinitionKey, count = 1) {
  for (let i = 0; i < 100; i++) {
    const tasks = await tasksOf(practiceId, taskDefinitionKey);
    if (tasks.length >= count) return tasks;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`practice ${practiceId}: no ${count} open ${taskDefinitionKey} task(s)`);
}

/** The task's card in the Tasklist list under the named filter. */
export function taskCard(page, taskId) {
  return page.locator('.tasks-list li.task').filter({ has: page.locator(`a[href$="task=${taskId}"]`) });
}

/**
 * In Tasklist (logged in): picks the filter, finds the task in its list, opens it and claims it when it is not yet
 * the user's. Returns when the task's Camunda Form is shown.
 */
export async function openTask(page, filterName, taskId) {
  await page.locator('.task-filter', { hasText: filterName }).click();
  await taskCard(page, taskId).click();
  const claim = page.getByRole('link', { name: 'Взять в работу' }).or(page.getByRole('button', { name: 'Взять в работу' }));
  const form = page.locator('.fjs-container');
  await form.or(claim).first().waitFor();
  if (await claim.first().isVisible()) {
    await claim.first().click();
    await claim.first().waitFor({ state: 'hidden' });
  }
  await form.waitFor();
  await page.locator('.fjs-container input, .fjs-container textarea').first().waitFor();
  // Tasklist renders the form, then loads the task's variables into it: let it settle before typing.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

/**
 * In the expert picker (the form-js taglist «Эксперты» of the assignment): removes the preselected experts and picks
 * these, each from the dropdown, found by the login its option shows («Миронова Ольга (expert2) — …»).
 */
export async function pickExperts(page, logins) {
  const picker = page.locator('.fjs-taglist');
  await picker.waitFor();
  for (let i = 0; i < 20 && await picker.locator('.fjs-taglist-tag-remove').count() > 0; i++) {
    await picker.locator('.fjs-taglist-tag-remove').first().click();
  }
  for (const login of logins) {
    await picker.locator('.fjs-taglist-input').fill(login);
    await page.locator('.fjs-dropdownlist-item', { hasText: `(${login})` }).first().click();
  }
  const picked = await picker.locator('.fjs-taglist-tag-label').allInnerTexts();
  if (picked.length !== logins.length || !logins.every((login) => picked.some((tag) => tag.includes(`(${login})`)))) {
    throw new Error(`the picker holds ${picked.join('; ')} instead of ${logins.join(', ')}`);
  }
}

/** Fills a form field and makes sure the value stayed (a late re-render of the form would drop it). */
export async function fill(field, value) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(value);
    await field.page().waitForTimeout(100);
    if ((await field.inputValue()) === value) return;
  }
  throw new Error(`the field does not keep the value ${value}`);
}

/**
 * Fills the form (fillForm), saves a screenshot of it as <shot>.png, presses «Завершить» and waits until the task has
 * left the list and the engine. Tasklist may render the form again while it loads the task (the typed values are then
 * gone and the button stays disabled): the form is filled again and the button pressed again, up to three times.
 */
export async function complete(page, taskId, fillForm, shot) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (fillForm) await fillForm();
      await page.waitForTimeout(300);
      if (fillForm) await fillForm();
      if (shot && attempt === 0) await screenshot(page, shot);
      // A notification of an earlier attempt covers the bottom right corner, where the button is: close it first.
      for (const close of await page.locator('.notifications .close, .page-notifications .close').all()) {
        if (await close.isVisible()) await close.click();
      }
      await page.getByRole('button', { name: 'Завершить' }).click({ timeout: 5000 });
      await taskCard(page, taskId).waitFor({ state: 'detached', timeout: 10000 });
      lastError = undefined;
      break;
    } catch (error) {
      lastError = error;
      if (!fillForm) break;
    }
  }
  if (lastError) throw lastError;
  for (let i = 0; i < 50; i++) {
    if ((await api('demo', 'GET', `/engine-rest/task?taskId=${taskId}`)).length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`task ${taskId} is still open`);
}

/**
 * Declares the scenario's steps as tests that run in order; once one fails, the later ones are skipped (they depend
 * on it) instead of failing with follow-up errors.
 */
export function journey(test) {
  let failed = false;
  return (name, work) => test(name, async (t) => {
    if (failed) {
      t.skip('an earlier step failed');
      return;
    }
    try {
      await work(t);
    } catch (error) {
      failed = true;
      throw error;
    }
  });
}
