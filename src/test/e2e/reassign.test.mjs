// The replacement of an overdue expert (issue 14, point 6): the assessment's deadline passes (the test runs its timer
// through the engine REST API), the ASI moderator opens «Заменить эксперта» and picks the new expert from a list that
// shows each one's region, categories and load; nobody types a login, and the overdue expert is not offered.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, awaitTasks, complete, journey, launch, login, openTask, screenshot, session, step, submitPractice,
} from './support.mjs';

const MODERATORS = 'Группа: модераторы АСИ';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function submit(user, task, variables) {
  if (!task.assignee) {
    await api(user, 'POST', `/engine-rest/task/${task.id}/claim`, { userId: user });
  }
  await api(user, 'POST', `/engine-rest/task/${task.id}/submit-form`, { variables });
}

describe('reassign: the moderator picks the replacement of an overdue expert from a list', { concurrency: false }, () => {
  const S = 'reassign';
  const test = journey(nodeTest);
  let practice;
  let overdue;

  test('a practice in expertise; one assessment\'s deadline passes', async () => {
    practice = await submitPractice('official28', '28', 'Замена эксперта: выездные бригады');
    const [check] = await awaitTasks(practice.id, 'Task_PreliminaryCheck');
    await submit('moderator1', check, { checkDecision: { value: 'ACCEPT' } });
    const [assign] = await awaitTasks(practice.id, 'Task_AssignExperts');
    await submit('moderator1', assign, { assignmentDecision: { value: 'ASSIGN' } });
    const [assessment] = await awaitTasks(practice.id, 'Task_ExpertAssessment');
    overdue = assessment.assignee;
    const [definition] = await api('demo', 'GET',
      '/engine-rest/job-definition?processDefinitionKey=practice-publication&activityIdIn=Event_AssessmentOverdue');
    const [job] = await api('demo', 'GET',
      `/engine-rest/job?executionId=${assessment.executionId}&jobDefinitionId=${definition.id}`);
    assert.ok(job, 'the assessment\'s timer is waiting');
    await api('demo', 'POST', `/engine-rest/job/${job.id}/execute`);
    await awaitTasks(practice.id, 'Task_ReassignExpert');
  });

  test('the moderator picks the new expert from the list; the overdue one is not offered', async () => {
    const [task] = await awaitTasks(practice.id, 'Task_ReassignExpert');
    const page = await session(browser);
    let chosen;
    try {
      await login(page, 'moderator1');
      await page.locator('.task-filter').first().waitFor();
      await step(page, S, 'open', () => openTask(page, MODERATORS, task.id));
      await step(page, S, 'pick', async () => {
        const pick = async () => {
          await page.getByLabel('Новый эксперт').click();
          const items = page.locator('.fjs-dropdownlist-item');
          await items.first().waitFor();
          const texts = await items.allInnerTexts();
          assert.ok(texts.every((t) => !t.includes(`(${overdue})`)), `${overdue} is not offered: ${texts.join(' | ')}`);
          assert.match(texts[0], /^.+ \(expert\d\) — .+; .+; в работе: \d+$/);
          chosen = texts[0].match(/\((expert\d)\)/)[1];
          await items.first().click();
        };
        await complete(page, task.id, pick, `${S}-1-pick-replacement`);
      });
    } finally {
      await page.context().close();
    }
    const assessments = await awaitTasks(practice.id, 'Task_ExpertAssessment', 3);
    assert.ok(assessments.some((t) => t.assignee === chosen), `${chosen} assesses now`);
    assert.ok(!assessments.some((t) => t.assignee === overdue), `${overdue} no longer does`);
  });
});
