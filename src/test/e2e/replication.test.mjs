// Replication of a published practice in Tyumen (region 72), as people do it in Tasklist: the official requests it
// through the API (the portal's «Хочу внедрить»), moderator1 screens the request and arranges the mentor meeting,
// the Tyumen official uploads the roadmap document (API, as the portal does) and submits the roadmap, moderator1
// approves it, the official uploads the order of the implementation and reports it complete, moderator1 confirms it,
// the test moves the six-month evaluation timer on (engine REST, as no person would), the official evaluates and
// moderator1 accepts the evaluation. Needs the practice published by publication.test.mjs.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  PDF, api, complete, fill, journey, launch, login, openTask, session, step, uploadReplicationDocument,
} from './support.mjs';

const MINE = 'Мои задачи';
const TYUMEN_OFFICIALS = 'Группа: должностные лица (72)';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('replication: screening, mentor meeting, roadmap, implementation, evaluation', { concurrency: false }, () => {
  const S = 'replication';
  const test = journey(nodeTest);
  let replication;
  let instanceId;

  async function next(key) {
    for (let i = 0; i < 75; i++) {
      const [task] = await api('demo', 'GET', `/engine-rest/task?processInstanceId=${instanceId}&taskDefinitionKey=${key}`);
      if (task) return task;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`replication ${replication.id}: no open ${key}`);
  }

  /** The user opens the process's next task of this kind in Tasklist, fills the form and completes it. */
  async function work(user, filter, key, shot, fillForm) {
    const task = await next(key);
    const page = await session(browser);
    try {
      await login(page, user);
      await step(page, S, `${key}-open`, () => openTask(page, filter, task.id));
      await step(page, S, `${key}-fill`, () => complete(page, task.id, () => fillForm(page), `${S}-${shot}`));
    } finally {
      await page.context().close();
    }
  }

  test('the Tyumen official requests to replicate the published practice (API, as the portal does)', async () => {
    const verdicts = await api('demo', 'GET',
      '/engine-rest/history/decision-instance?decisionDefinitionKey=expertise-verdict&sortBy=evaluationTime&sortOrder=desc');
    let practiceId;
    for (const verdict of verdicts) {
      const [instance] = await api('demo', 'GET',
        `/engine-rest/history/process-instance?processInstanceId=${verdict.processInstanceId}&finished=true`);
      const id = instance && Number(instance.businessKey.replace(/^practice-/, ''));
      if (instance && (await api('official72', 'GET', `/api/practices/${id}`)).status === 'PUBLISHED') {
        practiceId = id;
        break;
      }
    }
    assert.ok(practiceId, 'a published practice (publication.test.mjs publishes one)');
    replication = await api('official72', 'POST', '/api/replications', {
      practiceId, recipientRegion: '72',
      responsibleBody: 'Департамент здравоохранения Тюменской области', officialPosition: 'Директор департамента',
      organisation: 'Департамент здравоохранения Тюменской области', positionLevel: 'HEAD_OF_EXECUTIVE_BODY',
      contactEmail: 'dz@example.ru', contactPhone: '+7 3452 00-00-00',
      declarationStudied: true, declarationReady: true, declarationCooperate: true,
    });
    for (let i = 0; i < 75 && !instanceId; i++) {
      const [instance] = await api('demo', 'GET',
        `/engine-rest/process-instance?processDefinitionKey=practice-replication&businessKey=replication-${replication.id}`);
      instanceId = instance?.id;
      if (!instanceId) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(instanceId, 'the replication process started');
  });

  test('moderator1 screens the request in', () => work('moderator1', MINE, 'Task_ScreenRequest', '1-screening',
    (page) => page.getByLabel('Принять заявку').check()));

  test('moderator1 arranges the mentor meeting', () => work('moderator1', MINE, 'Task_ArrangeMentorMeeting',
    '2-mentor-meeting', async (page) => {
      const date = page.getByLabel('Дата встречи');
      if ((await date.inputValue()) !== '01.12.2026') {
        await date.fill('01.12.2026');
        await date.press('Enter');
      }
      await fill(page.getByLabel('Участники встречи'), 'Автор практики, наставник, реципиент');
      await fill(page.getByLabel('Итоги встречи'), 'Согласован план внедрения и сроки');
    }));

  test('the Tyumen official uploads the roadmap document and submits the roadmap', async () => {
    await uploadReplicationDocument('official72', replication.id, 'ROADMAP', 'Дорожная карта.pdf');
    await work('official72', TYUMEN_OFFICIALS, 'Task_SubmitRoadmap', '3-roadmap',
      (page) => fill(page.getByLabel('Вехи дорожной карты'),
        'Сформировать выездные бригады; 15.12.2026; департамент здравоохранения\n'
        + 'Открыть единую запись; 20.01.2027; департамент информатизации'));
  });

  test('moderator1 downloads the roadmap from the form (the uploaded bytes) and approves it', async () => {
    let downloaded = false;
    await work('moderator1', MINE, 'Task_ReviewRoadmap', '4-roadmap-review', async (page) => {
      if (!downloaded) {
        const link = page.locator('.fjs-container a', { hasText: 'Дорожная карта.pdf' });
        const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
        assert.equal(file.suggestedFilename(), 'Дорожная карта.pdf');
        assert.ok(readFileSync(await file.path()).equals(PDF), 'the downloaded roadmap is the uploaded one');
        downloaded = true;
      }
      await page.getByLabel('Утвердить').check();
    });
  });

  test('the Tyumen official uploads the order and reports the implementation as complete', async () => {
    await uploadReplicationDocument('official72', replication.id, 'ORDER', 'Распоряжение о выездных бригадах.pdf');
    await work('official72', TYUMEN_OFFICIALS, 'Task_ReportProgress', '5-progress', async (page) => {
      await fill(page.getByLabel('Что сделано'), 'Сформированы две выездные бригады, открыта запись');
      await fill(page.getByLabel('Достигнутый или планируемый результат'), 'Время ожидания сократилось до 4 дней');
      await page.getByLabel('Внедрение завершено — прошу подтвердить').check();
    });
  });

  test('moderator1 confirms the implementation', () => work('moderator1', MINE, 'Task_ConfirmImplementation',
    '6-implementation', (page) => page.getByLabel('Подтвердить внедрение').check()));

  test('six months later (the test moves the timer on) the official evaluates, moderator1 accepts', async () => {
    const [definition] = await api('demo', 'GET',
      '/engine-rest/job-definition?processDefinitionKey=practice-replication&activityIdIn=Event_EvaluationDue');
    let job;
    for (let i = 0; i < 75 && !job; i++) {
      [job] = await api('demo', 'GET', `/engine-rest/job?processInstanceId=${instanceId}&jobDefinitionId=${definition.id}`);
      if (!job) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(job, 'the evaluation timer is waiting');
    await api('demo', 'POST', `/engine-rest/job/${job.id}/execute`);
    await work('official72', TYUMEN_OFFICIALS, 'Task_SubmitEvaluation', '7-evaluation', async (page) => {
      await fill(page.getByLabel('Достигнутые результаты'), 'Охват вырос до 80%, ожидание 4 дня');
      await fill(page.getByLabel('Сравнение с планом'), 'План выполнен на 95%');
    });
    await work('moderator1', MINE, 'Task_ValidateEvaluation', '8-evaluation-check',
      (page) => page.getByLabel('Принять оценку').check());
    let status;
    for (let i = 0; i < 50; i++) {
      status = (await api('official72', 'GET', `/api/replications/${replication.id}`)).status;
      if (status === 'EVALUATED') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(status, 'EVALUATED');
  });
});
