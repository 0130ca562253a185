// The practice's documents in the review's forms (issue 14, point 5): the ASI moderator in the preliminary check and
// an expert in the assessment click the document's link in the Camunda Form and get, in their Tasklist session, the
// very bytes the official uploaded; an expert who does not assess the practice gets 404 for the same link.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  BASE_URL, PDF, api, awaitTasks, journey, launch, login, openTask, screenshot, session, step, submitPractice,
} from './support.mjs';

const TITLE = 'Школа приёмных родителей: документы в форме';
const MODERATORS = 'Группа: модераторы АСИ';
const MINE = 'Мои задачи';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function as(user, work) {
  const page = await session(browser);
  try {
    await login(page, user);
    await page.locator('.task-filter').first().waitFor();
    await work(page);
  } finally {
    await page.context().close();
  }
}

async function submit(user, task, variables) {
  if (!task.assignee) {
    await api(user, 'POST', `/engine-rest/task/${task.id}/claim`, { userId: user });
  }
  await api(user, 'POST', `/engine-rest/task/${task.id}/submit-form`, { variables });
}

/** Clicks the form's link to the document and returns the downloaded file's name and bytes (a new tab or not). */
async function download(page, linkText) {
  const link = page.locator('.fjs-container a', { hasText: linkText });
  await link.waitFor();
  const href = await link.getAttribute('href');
  const context = page.context();
  const downloaded = new Promise((resolve) => {
    page.on('download', resolve);
    context.on('page', (tab) => tab.on('download', resolve));
  });
  await link.click();
  const file = await downloaded;
  return { href, name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

describe('documents: a link in the form downloads the practice\'s document in the Tasklist session', { concurrency: false }, () => {
  const S = 'documents';
  const test = journey(nodeTest);
  let practice;
  let href;
  let assigned;

  test('the official submits the passport with its order (PDF) through the API', async () => {
    practice = await submitPractice('official28', '28', TITLE);
    await awaitTasks(practice.id, 'Task_PreliminaryCheck');
  });

  test('the moderator downloads the order from the preliminary check, byte for byte', async () => {
    const [task] = await awaitTasks(practice.id, 'Task_PreliminaryCheck');
    await as('moderator1', async (page) => {
      await step(page, S, 'check-open', () => openTask(page, MODERATORS, task.id));
      await step(page, S, 'check-download', async () => {
        const form = page.locator('.fjs-container');
        assert.match(await form.innerText(), /Приложенные документы/);
        await screenshot(page, `${S}-1-preliminary-check-link`);
        const file = await download(page, 'Распоряжение.pdf');
        href = file.href;
        assert.match(href, new RegExp(`^/camunda/api/tasklist/plugin/smarteka-documents/default/practices/${practice.id}/documents/\\d+$`));
        assert.equal(file.name, 'Распоряжение.pdf');
        assert.ok(file.bytes.equals(PDF), 'the downloaded file is the uploaded one');
      });
    });
  });

  test('an expert of the practice downloads it from the assessment form; another expert gets 404', async () => {
    const [check] = await awaitTasks(practice.id, 'Task_PreliminaryCheck');
    await submit('moderator1', check, { checkDecision: { value: 'ACCEPT' } });
    const [assign] = await awaitTasks(practice.id, 'Task_AssignExperts');
    await submit('moderator1', assign, { assignmentDecision: { value: 'ASSIGN' } });
    const tasks = await awaitTasks(practice.id, 'Task_ExpertAssessment');
    assigned = tasks.map((t) => t.assignee);
    const mine = tasks[0];
    await as(mine.assignee, async (page) => {
      await step(page, S, 'assessment-open', () => openTask(page, MINE, mine.id));
      await step(page, S, 'assessment-download', async () => {
        await page.locator('.fjs-container a', { hasText: 'Распоряжение.pdf' }).scrollIntoViewIfNeeded();
        await screenshot(page, `${S}-2-assessment-link-${mine.assignee}`);
        const file = await download(page, 'Распоряжение.pdf');
        assert.equal(file.href, href);
        assert.ok(file.bytes.equals(PDF), 'the expert downloads the uploaded bytes');
      });
    });
    const bystander = ['expert1', 'expert2', 'expert3', 'expert5'].find((e) => !assigned.includes(e));
    await as(bystander, async (page) => {
      const answer = await page.request.get(BASE_URL + href);
      assert.equal(answer.status(), 404);
      assert.match(await answer.text(), /не найден/);
      await page.goto(BASE_URL + href).catch(() => {});
      await screenshot(page, `${S}-3-bystander-${bystander}-404`);
    });
  });
});
