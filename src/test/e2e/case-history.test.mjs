// Case history in Cockpit (the plugin smarteka-case-history): a practice of Amur is taken to the catalogue by its
// people through the engine REST API (the steps Tasklist's forms send; publication.test.mjs clicks them), then the
// auditor logs into Cockpit, opens «История дел», finds the practice by a part of its title and reads the timeline
// of its finished instance: the status changes, the tasks with who took and completed them, the decisions with their
// inputs, outputs and matched rules, the documents, the mails and the instances. The auditor is offered nothing to
// change.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import {
  COCKPIT, api, awaitTasks, journey, launch, login, screenshot, session, step, submitPractice,
} from './support.mjs';

const TITLE = 'Бережливая поликлиника: запись без очередей (история дела)';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Claims the task as the user (if nobody has) and submits its form's values, as Tasklist does. */
async function submit(user, task, variables) {
  if (!task.assignee) {
    await api(user, 'POST', `/engine-rest/task/${task.id}/claim`, { userId: user });
  }
  await api(user, 'POST', `/engine-rest/task/${task.id}/submit-form`, { variables });
}

const text = (value) => ({ value });
const score = { value: 5, type: 'Long' };

describe('case history: the auditor reads a published practice\'s whole timeline in Cockpit', { concurrency: false }, () => {
  const S = 'case-history';
  const test = journey(nodeTest);
  let practice;

  test('Amur\'s practice goes through check, expertise, confirmation and copy editing to the catalogue', async () => {
    practice = await submitPractice('official28', '28', TITLE);
    const [check] = await awaitTasks(practice.id, 'Task_PreliminaryCheck');
    await submit('moderator1', check, { checkDecision: text('ACCEPT') });
    const [assign] = await awaitTasks(practice.id, 'Task_AssignExperts');
    await submit('moderator1', assign, { assignmentDecision: text('ASSIGN') });
    const assessments = await awaitTasks(practice.id, 'Task_ExpertAssessment');
    for (const assessment of assessments) {
      await submit(assessment.assignee, assessment, {
        scoreNovelty: score, scoreRelevance: score, scoreEfficiency: score, scoreReplicability: score,
        scoreSocialSignificance: score, scoreCoverage: score, scoreMeasurableResults: score,
        assessmentComment: text('Практика проработана, результаты подтверждены документами.'),
      });
    }
    const [confirm] = await awaitTasks(practice.id, 'Task_RegionalConfirmation');
    await submit('secretary28', confirm, { confirmationDecision: text('CONFIRM') });
    const [edit] = await awaitTasks(practice.id, 'Task_CopyEditing');
    await submit('editor', edit, { editorNote: text('Без правок') });
    let status;
    for (let i = 0; i < 50 && status !== 'PUBLISHED'; i++) {
      status = (await api('official28', 'GET', `/api/practices/${practice.id}`)).status;
      if (status !== 'PUBLISHED') await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(status, 'PUBLISHED');
  });

  test('the auditor finds it in Cockpit\'s «История дел» and reads its timeline with the decisions', async () => {
    const page = await session(browser);
    try {
      await login(page, 'auditor', 'auditor', COCKPIT);
      await step(page, S, 'navigate', async () => {
        await page.getByRole('link', { name: 'История дел' }).first().click();
        await page.getByRole('heading', { name: 'История дел' }).waitFor();
      });
      await step(page, S, 'search', async () => {
        await page.getByLabel('Номер или название').fill('бережливая поликлиника: запись');
        await page.getByLabel('Вид дела').selectOption('practice');
        await page.getByLabel('Регион').selectOption('28');
        await page.getByRole('button', { name: 'Найти' }).click();
        await page.getByRole('link', { name: TITLE }).waitFor();
        await screenshot(page, `${S}-1-search`);
      });
      await step(page, S, 'timeline', async () => {
        await page.getByRole('link', { name: TITLE }).click();
        await page.getByRole('heading', { name: `Практика № ${practice.id}: «${TITLE}»` }).waitFor();
        await page.getByText('Статус: опубликована в каталоге').waitFor();
        for (const section of ['Ход дела', 'Задачи', 'Решения', 'Документы', 'Уведомления', 'Экземпляры процессов']) {
          await page.getByRole('heading', { name: section, exact: true }).waitFor();
        }
      });
      await step(page, S, 'timeline-content', async () => {
        // a status change with who made it
        const published = page.locator('tr.smarteka-entry-status', { hasText: 'опубликована в каталоге' });
        await published.first().waitFor();
        assert.match(await published.first().innerText(), /editor/);
        // the moderator's check: who took it and who completed it
        const check = page.locator('tr', { hasText: 'Провести предварительную проверку' }).filter({ hasText: 'moderator1' });
        await check.first().waitFor();
        // the decisions with their inputs, outputs and matched rules
        const verdict = page.locator('.smarteka-decision', { hasText: 'Итог экспертизы практики' });
        await verdict.first().waitFor();
        await verdict.first().getByText('Входные данные').waitFor();
        await verdict.first().getByText('Сработавшие правила').waitFor();
        assert.ok(await verdict.first().locator('tr.smarteka-rule').count() > 0, 'a rule of the verdict matched');
        await page.locator('.smarteka-decision', { hasText: 'Допуск региона к подаче практик' }).first().waitFor();
        // the documents and the finished instance
        await page.getByText('Распоряжение.pdf').first().waitFor();
        await page.locator('tr', { hasText: 'Публикация практики' }).filter({ hasText: 'завершён' }).first().waitFor();
        await screenshot(page, `${S}-2-timeline`);
      });
      await step(page, S, 'read-only', async () => {
        // nothing on the page changes anything: its only buttons are the search's and the pager's
        const buttons = await page.locator('.smarteka-case-history button').allInnerTexts();
        assert.deepEqual(buttons.filter((b) => !/Найти|Назад|Вперёд/.test(b)), []);
      });
    } finally {
      await page.context().close();
    }
  });
});
