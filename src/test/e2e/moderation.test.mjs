// The moderator's other decisions in Tasklist: a return for revision (after the form refused an empty reason) and a
// removal from consideration.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, awaitTasks, complete, fill, journey, launch, login, openTask, screenshot, session, step, submitPractice, tasksOf,
} from './support.mjs';

const MODERATORS = 'Группа: модераторы АСИ';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function practiceStatus(id, expected) {
  let practice;
  for (let i = 0; i < 50; i++) {
    practice = await api('official28', 'GET', `/api/practices/${id}`);
    if (practice.status === expected) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return practice.status;
}

describe('return for revision: an empty reason is refused by the form, then the passport goes back', { concurrency: false }, () => {
  const S = 'return';
  const test = journey(nodeTest);
  let practice;

  test('the official submits the passport', async () => {
    practice = await submitPractice('official28', '28', 'Сценарий возврата на доработку');
    await awaitTasks(practice.id, 'Task_PreliminaryCheck');
  });

  test('the moderator returns it without a reason: the form says the field is required, the task stays open', async () => {
    const [task] = await tasksOf(practice.id, 'Task_PreliminaryCheck');
    const page = await session(browser);
    try {
      // every form submission Tasklist sends for the task: none while the form refuses, one when it is completed
      const submissions = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && /\/(submit-form|complete)$/.test(new URL(request.url()).pathname)
          && request.url().includes(`/task/${task.id}/`)) {
          submissions.push(request.url());
        }
      });
      await login(page, 'moderator2');
      await step(page, S, 'open', () => openTask(page, MODERATORS, task.id));
      await step(page, S, 'empty-reason', async () => {
        await page.getByLabel('Вернуть на доработку').check();
        const reason = page.getByLabel('Причина и замечания для автора');
        await reason.waitFor();
        await page.getByRole('button', { name: 'Завершить' }).click();
        const error = page.locator('.fjs-form-field-error').first();
        await error.waitFor();
        assert.ok((await error.innerText()).trim().length > 0, 'the form shows its message');
        await reason.scrollIntoViewIfNeeded();
        await screenshot(page, `${S}-1-empty-reason-refused`);
        // nothing in flight any more, and nothing was submitted: the refusal is the form's own
        await page.waitForLoadState('networkidle');
        assert.equal(submissions.length, 0, 'the form sent nothing');
        assert.equal((await tasksOf(practice.id, 'Task_PreliminaryCheck')).length, 1, 'the task is still open');
      });
      await step(page, S, 'with-reason', async () => {
        await complete(page, task.id, async () => {
          await page.getByLabel('Вернуть на доработку').check();
          await fill(page.getByLabel('Причина и замечания для автора'), 'Приложите распоряжение о внедрении с подписью.');
        }, `${S}-2-preliminary-check`);
        assert.ok(submissions.length >= 1, 'the completed form was submitted (the request watch sees submissions)');
      });
    } finally {
      await page.context().close();
    }
    assert.equal(await practiceStatus(practice.id, 'RETURNED_FOR_REVISION'), 'RETURNED_FOR_REVISION');
    const [revision] = await awaitTasks(practice.id, 'Task_RevisePassport');
    assert.equal(revision.assignee, 'official28', 'the author revises the passport');
  });
});

describe('rejection: the moderator removes the practice from consideration', { concurrency: false }, () => {
  const S = 'reject';
  const test = journey(nodeTest);
  let practice;

  test('the official submits the passport', async () => {
    practice = await submitPractice('official28', '28', 'Сценарий снятия с рассмотрения');
    await awaitTasks(practice.id, 'Task_PreliminaryCheck');
  });

  test('the moderator removes it with a reason and the process ends', async () => {
    const [task] = await tasksOf(practice.id, 'Task_PreliminaryCheck');
    const page = await session(browser);
    try {
      await login(page, 'moderator2');
      await step(page, S, 'open', () => openTask(page, MODERATORS, task.id));
      await step(page, S, 'remove', async () => {
        await complete(page, task.id, async () => {
          await page.getByLabel('Снять с рассмотрения').check();
          await fill(page.getByLabel('Причина и замечания для автора'), 'Практика не внедрена: нет подтверждённых результатов.');
        }, `${S}-1-preliminary-check`);
      });
    } finally {
      await page.context().close();
    }
    assert.deepEqual(await tasksOf(practice.id), []);
    const status = (await api('official28', 'GET', `/api/practices/${practice.id}`)).status;
    assert.equal(status, 'REMOVED');
  });
});
