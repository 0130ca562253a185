// Tasklist as a newcomer meets it (issue 14): where the work is, what a card says, errors people can read, the
// «Завершить» button after a condition hid a field, Smarteka's name and no alarming banner, a confirmation.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import {
  TASKLIST, api, awaitTasks, fill, journey, launch, login, openTask, pickExperts, screenshot, session, step,
  submitPractice, taskCard, tasksOf,
} from './support.mjs';

const MINE = 'Мои задачи';
const MODERATORS = 'Группа: модераторы АСИ';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The filter's name as shown (without its count). */
async function filterNames(page) {
  return page.locator('.task-filters .task-filter .name a').evaluateAll((links) => links.map((link) =>
    [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent)
      .join('').trim()));
}

describe('the moderator: landing, cards, form messages, the button, refusals, confirmation', { concurrency: false }, () => {
  const S = 'tasklist';
  const test = journey(nodeTest);
  let practice;
  let page;

  test('an official submits a passport; moderator2 logs in', async () => {
    practice = await submitPractice('official28', '28', 'Сценарий Tasklist: выездные бригады');
    await awaitTasks(practice.id, 'Task_PreliminaryCheck');
    page = await session(browser);
    await login(page, 'moderator2');
    await page.locator('.task-filter').first().waitFor();
  });

  test('Smarteka in the header and title, no Camunda 8 banner, no «Создать задачу»', async () => {
    await step(page, S, 'branding', async () => {
      await page.locator('.navbar-brand, .app-banner, [cam-widget-header]').first().waitFor();
      const header = await page.locator('[cam-widget-header]').innerText();
      assert.match(header, /Смартека/, 'the header names Smarteka');
      assert.doesNotMatch(header, /Camunda Tasklist/);
      assert.match(await page.title(), /Смартека/);
      assert.equal(await page.locator('.ce-eol-banner').filter({ visible: true }).count(), 0, 'no migration banner');
      assert.equal(await page.getByText('Пора переходить на Camunda 8').filter({ visible: true }).count(), 0);
      assert.equal(await page.getByText('Создать задачу').filter({ visible: true }).count(), 0,
        'no free-form task for a moderator');
      await page.getByText('Запустить процесс').waitFor();
    });
  });

  test('«Запустить процесс» offers no internal process', async () => {
    await step(page, S, 'start-list', async () => {
      await page.getByText('Запустить процесс').click();
      const list = page.locator('.modal-content');
      await list.waitFor();
      await page.waitForLoadState('networkidle');
      const text = await list.innerText();
      assert.doesNotMatch(text, /Отправка уведомления|Запуск квартальных отчётов/);
      await screenshot(page, `${S}-0-start-process`);
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });
    });
  });

  test('lands on «Мои задачи», which holds the group\'s unclaimed check; every filter shows its count', async () => {
    const [task] = await tasksOf(practice.id, 'Task_PreliminaryCheck');
    await step(page, S, 'landing', async () => {
      const active = page.locator('.task-filters .task-filter.active');
      await active.waitFor();
      assert.match(await active.innerText(), new RegExp(MINE), 'the landing filter is «Мои задачи»');
      await taskCard(page, task.id).waitFor();
      const names = await filterNames(page);
      assert.ok(names.includes(MODERATORS), `the group's filter has a short name: ${names}`);
      // every filter shows a count, and the counts are the engine's
      await page.locator('.task-filters .task-filter .smarteka-count').nth(names.length - 1).waitFor();
      const counts = await page.locator('.task-filters .task-filter .smarteka-count').allInnerTexts();
      assert.equal(counts.length, names.length, 'a count on every filter');
      const engine = await api('moderator2', 'GET', '/engine-rest/filter?resourceType=Task&itemCount=true');
      for (const [i, name] of names.entries()) {
        assert.equal(Number(counts[i]), engine.find((filter) => filter.name === name).itemCount, name);
      }
      // names fit on one or two lines
      for (const link of await page.locator('.task-filters .task-filter .name a').all()) {
        const { height, lineHeight } = await link.evaluate((element) => ({
          height: element.getBoundingClientRect().height,
          lineHeight: parseFloat(getComputedStyle(element).lineHeight) || 20,
        }));
        assert.ok(height <= 2.5 * lineHeight, `${await link.innerText()}: ${height}px for ${lineHeight}px lines`);
      }
      await screenshot(page, `${S}-1-landing`);
    });
  });

  test('the card names the practice and its region and shows the due date', async () => {
    const [task] = await tasksOf(practice.id, 'Task_PreliminaryCheck');
    await step(page, S, 'card', async () => {
      const card = taskCard(page, task.id);
      await card.getByText(practice.title).waitFor();
      const text = await card.innerText();
      assert.match(text, /Амурская область/);
      assert.match(text, /Срок/);
      assert.doesNotMatch(text, /\b50\b/, 'no bare priority number');
    });
  });

  test('Russian form messages; after a hidden field «Завершить» is enabled again (exact sequence)', async () => {
    const [task] = await tasksOf(practice.id, 'Task_PreliminaryCheck');
    await step(page, S, 'stuck-button', async () => {
      await openTask(page, MINE, task.id);
      await page.getByLabel('Вернуть на доработку').check();
      const reason = page.getByLabel('Причина и замечания для автора');
      await reason.fill('Не хватает распоряжения');
      await reason.fill('');
      await reason.blur();
      const error = page.locator('.fjs-form-field-error').first();
      await error.waitFor();
      assert.equal((await error.innerText()).trim(), 'Заполните это поле.');
      const button = page.getByRole('button', { name: 'Завершить' });
      assert.ok(await button.isDisabled(), 'disabled while the reason is empty');
      await screenshot(page, `${S}-2-reason-required`);
      await page.getByLabel('Принять к экспертизе').check();
      await reason.waitFor({ state: 'hidden' });
      await page.waitForFunction(() => {
        const complete = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Завершить');
        return complete && !complete.disabled;
      }, null, { timeout: 5000 });
      assert.ok(await button.isEnabled(), '«Завершить» is enabled once the reason is hidden');
      await screenshot(page, `${S}-3-accept-enabled`);
      await button.click();
      const done = page.locator('.smarteka-completed');
      await done.waitFor();
      assert.match(await done.innerText(), /задача завершена/);
      await screenshot(page, `${S}-4-confirmation`);
      await taskCard(page, task.id).waitFor({ state: 'detached' });
    });
  });

  test('a refusal of the server is shown in Russian next to the field it names', async () => {
    const [task] = await awaitTasks(practice.id, 'Task_AssignExperts');
    await step(page, S, 'refusal', async () => {
      await page.reload();
      await openTask(page, MINE, task.id);
      await page.getByLabel('Назначить экспертов').check();
      // one expert picked instead of three, and no reason given: the server refuses, next to the reason's field
      await pickExperts(page, ['expert1']);
      assert.equal(await page.locator('.fjs-taglist-input').getAttribute('placeholder'),
        'Найти по фамилии, логину или региону', 'the picker speaks Russian');
      await page.getByRole('button', { name: 'Завершить' }).click();
      const error = page.locator('.fjs-form-field-error', { hasText: 'назначено меньше 3 экспертов: укажите причину' });
      await error.waitFor();
      const box = page.locator('.smarteka-refusal');
      await box.waitFor();
      const text = await box.innerText();
      assert.match(text, /назначено меньше 3 экспертов: укажите причину/);
      assert.doesNotMatch(text, /expertIds|ENGINE-|Exception|TaskListener|[0-9a-f]{8}-[0-9a-f]{4}-/,
        'only the Russian reason');
      for (const notification of await page.locator('.notifications, .page-notifications').allInnerTexts()) {
        assert.doesNotMatch(notification, /expertIds|ENGINE-|Exception|TaskListener/);
      }
      await screenshot(page, `${S}-5-refused-next-to-field`);
      assert.equal((await tasksOf(practice.id, 'Task_AssignExperts')).length, 1, 'the task is still open');
      // Tasklist's own notice is dismissed: the reason is next to the form and the notice would cover the button
      await page.locator('.page-notifications .alert').filter({ visible: true }).waitFor({ state: 'detached' })
        .catch(() => {});
      assert.equal(await page.locator('.page-notifications .alert').filter({ visible: true }).count(), 0);
      // changing the field clears its message and enables the button again (the task is left open)
      const reason = page.getByLabel('Причина или замечания');
      await fill(reason, 'Других экспертов категории нет');
      await error.waitFor({ state: 'detached' });
      assert.ok(await page.getByRole('button', { name: 'Завершить' }).isEnabled(), '«Завершить» is enabled again');
      await screenshot(page, `${S}-6-refusal-cleared`);
      await fill(reason, '');
    });
  });

  test('the «Описание» tab says what to do and by when', async () => {
    const [task] = await tasksOf(practice.id, 'Task_AssignExperts');
    await step(page, S, 'description', async () => {
      await page.reload();
      await openTask(page, MINE, task.id);
      await page.locator('.nav-tabs a, [role="tab"]', { hasText: 'Описание' }).first().click();
      const text = page.getByText(/Назначьте экспертов для оценки практики «Сценарий Tasklist/);
      await text.waitFor();
      assert.match(await text.innerText(), /Срок — до \d{1,2} [а-я]+ \d{4}/);
      await screenshot(page, `${S}-7-description`);
      await page.locator('.nav-tabs a, [role="tab"]', { hasText: 'Форма' }).first().click();
      const history = await page.getByLabel('Предыдущие решения и комментарии').inputValue();
      assert.match(history, /Андрей Иванов/, 'people by name in the history');
      assert.doesNotMatch(history, /SUBMITTED|DRAFT|IN_EXPERTISE|official28|moderator2/, `statuses in Russian: ${history}`);
    });
  });

  test('logs out', async () => {
    await page.context().close();
  });
});

describe('every refusal of the forms, as Tasklist sends them, is a 4xx with only a Russian reason', { concurrency: false }, () => {
  const test = journey(nodeTest);

  test('sweeps the preliminary check and the assignment of experts through the webapps\' engine API', async () => {
    const practice = await submitPractice('official28', '28', 'Сценарий отказов формы');
    const [check] = await awaitTasks(practice.id, 'Task_PreliminaryCheck');
    const page = await session(browser);
    try {
      await login(page, 'moderator1');
      await page.locator('.task-filter').first().waitFor();
      /** What Tasklist does when a form is submitted: POST submit-form on its engine API with the session's token. */
      const submit = (taskId, variables) => page.evaluate(async ({ taskId, variables }) => {
        const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1];
        const base = document.querySelector('base').getAttribute('engine-api');
        const body = {};
        for (const [name, value] of Object.entries(variables)) body[name] = { value };
        const response = await fetch(`${base}engine/default/task/${taskId}/submit-form`, {
          method: 'POST', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token },
          body: JSON.stringify({ variables: body }),
        });
        return { status: response.status, body: await response.text() };
      }, { taskId, variables });
      await api('moderator1', 'POST', `/engine-rest/task/${check.id}/claim`, { userId: 'moderator1' });
      const refusals = [
        [check.id, { checkDecision: 'RETURN' }],
        [check.id, { checkDecision: 'REMOVE', checkComment: '' }],
        [check.id, { checkDecision: 'RETURN', checkComment: 'я'.repeat(2001) }],
        [check.id, { checkDecision: 'SOMETHING' }],
        [check.id, {}],
      ];
      for (const [taskId, variables] of refusals) {
        const { status, body } = await submit(taskId, variables);
        assert.ok(status === 400 || status === 409, `${JSON.stringify(variables).slice(0, 80)}: ${status} ${body}`);
        const { message } = JSON.parse(body);
        assert.match(message, /[а-яё]/i, 'a Russian reason');
        assert.doesNotMatch(message, /checkComment|checkDecision|ENGINE-|Exception|Listener|\bat [a-z]+\./,
          `only the reason: ${message}`);
      }
      const accepted = await submit(check.id, { checkDecision: 'ACCEPT' });
      assert.equal(accepted.status, 204, accepted.body);
      const [assign] = await awaitTasks(practice.id, 'Task_AssignExperts');
      await api('moderator1', 'POST', `/engine-rest/task/${assign.id}/claim`, { userId: 'moderator1' });
      for (const variables of [
        { assignmentDecision: 'ASSIGN', expertIds: 'nobody' },
        { assignmentDecision: 'ASSIGN', expertIds: 'expert1, expert1' },
        { assignmentDecision: 'ASSIGN', expertIds: 'expert1, expert2, expert3, expert4, expert5' },
        { assignmentDecision: 'RETURN' },
        { assignmentDecision: 'REQUEST_EXPERTS', assignmentComment: '' },
      ]) {
        const { status, body } = await submit(assign.id, variables);
        assert.ok(status === 400 || status === 409, `${JSON.stringify(variables)}: ${status} ${body}`);
        const { message } = JSON.parse(body);
        assert.match(message, /[а-яё]/i);
        assert.doesNotMatch(message, /expertIds|assignmentDecision|assignmentComment|ENGINE-|Exception|Listener/,
          `only the reason: ${message}`);
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('the auditor in Tasklist', () => {
  nodeTest('is told there are no tasks for the role there, not that the password is wrong', async () => {
    const page = await session(browser);
    try {
      await step(page, 'auditor', 'login', async () => {
        await login(page, 'auditor');
        await page.getByText('задач в Tasklist у вашей роли нет').waitFor();
        assert.equal(await page.getByText('Неверные учётные данные').count(), 0);
        await screenshot(page, 'auditor-tasklist');
      });
    } finally {
      await page.context().close();
    }
  });
});

export { TASKLIST };
