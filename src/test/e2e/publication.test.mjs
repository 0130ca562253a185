// The publication of a practice as people do it: the portal submits a passport (our API), then the ASI moderator,
// three experts, the region's commission secretary and the editor each work in their own Tasklist session with our
// Camunda Forms, until the practice is published; an auditor then reads its decisions in Cockpit. Screenshots of every filled form go to target/e2e/.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import {
  COCKPIT, api, awaitTasks, fill, journey, complete, launch, login, openTask, pickExperts, screenshot, session, step,
  submitPractice, taskCard, tasksOf,
} from './support.mjs';

const MODERATORS = 'Группа: модераторы АСИ';
const EDITORS = 'Группа: редакторы АСИ';
const MINE = 'Мои задачи';
const AMUR_SECRETARIES = 'Группа: секретари комиссии (28)';
const TYUMEN_SECRETARIES = 'Группа: секретари комиссии (72)';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs the scenario's steps in a fresh browser session of the user, logged into Tasklist. */
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

describe('publication: accepted, assessed, confirmed, edited, published, audited', { concurrency: false }, () => {
  const S = 'publication';
  const test = journey(nodeTest);
  let practice;

  test('the official submits the passport through the API, as the portal does', async () => {
    practice = await submitPractice('official28', '28', 'Выездные бригады: сквозной сценарий');
    await awaitTasks(practice.id, 'Task_PreliminaryCheck');
  });

  test('the ASI moderator claims the preliminary check, sees the passport and accepts it', async () => {
    const [task] = await tasksOf(practice.id, 'Task_PreliminaryCheck');
    await as('moderator1', async (page) => {
      await step(page, S, 'check-open', () => openTask(page, MODERATORS, task.id));
      await step(page, S, 'check-summary', async () => {
        assert.equal(await page.getByLabel('Название практики').inputValue(), practice.title);
        assert.equal(await page.getByLabel('Регион', { exact: true }).inputValue(), 'Амурская область');
        assert.equal(await page.getByLabel('Категория', { exact: true }).inputValue(), 'Здравоохранение');
        assert.match(await page.getByLabel('Проблема', { exact: true }).inputValue(), /Долгое ожидание/);
      });
      await step(page, S, 'check-accept', async () => {
        await complete(page, task.id, () => page.getByLabel('Принять к экспертизе').check(),
          `${S}-1-preliminary-check`);
      });
    });
    const status = (await api('official28', 'GET', `/api/practices/${practice.id}`)).status;
    assert.equal(status, 'IN_EXPERTISE');
  });

  test('the moderator assigns three experts', async () => {
    const [task] = await awaitTasks(practice.id, 'Task_AssignExperts');
    await as('moderator1', async (page) => {
      await step(page, S, 'assign-open', () => openTask(page, MODERATORS, task.id));
      await step(page, S, 'assign-fill', async () => {
        const suggested = await page.getByLabel(/Подходящие эксперты/).inputValue();
        assert.doesNotMatch(suggested, /expert4/, 'the Amur expert is not suggested for an Amur practice');
        // nobody types a login: the picker lists the candidates with region, categories and load
        const options = await page.locator('.fjs-taglist-tag-label').allInnerTexts();
        assert.equal(options.length, 3, 'the three least loaded experts are preselected');
        assert.match(options.join('\n'), /— [А-Яа-яё ]+; .*Здравоохранение.*; в работе: \d+/);
        await complete(page, task.id, () => pickExperts(page, ['expert1', 'expert2', 'expert3']),
          `${S}-2-assign-experts`);
      });
    });
  });

  for (const [expert, score] of [['expert1', '5'], ['expert2', '4'], ['expert3', '5']]) {
    test(`${expert} assesses the practice in their own session`, async () => {
      const tasks = await awaitTasks(practice.id, 'Task_ExpertAssessment', 1);
      const task = tasks.find((t) => t.assignee === expert);
      assert.ok(task, `${expert} has an assessment`);
      await as(expert, async (page) => {
        await step(page, S, `${expert}-open`, () => openTask(page, MINE, task.id));
        await step(page, S, `${expert}-fill`, async () => {
          await complete(page, task.id, async () => {
            for (const label of ['Новизна подхода', 'Актуальность: проблема есть более чем в одном регионе',
              'Эффективность: затраты не превышают эффект', 'Тиражируемость: описан пошаговый алгоритм',
              'Общественная значимость', 'Охват целевой аудитории', 'Измеримость результатов']) {
              // 1–5 are radio buttons: the criterion's group, then the score by the start of its label («5 — полностью»)
              const criterion = page.locator('.fjs-form-field-radio')
                .filter({ has: page.locator('.fjs-form-field-label', { hasText: label }) });
              await criterion.getByRole('radio', { name: new RegExp(`^${score} —`) }).check();
            }
            // the whole passport is there for the criteria that ask about it
            await page.getByLabel('Пошаговый алгоритм внедрения').waitFor();
            await page.getByLabel('Авторский коллектив').waitFor();
            await fill(page.getByLabel('Заключение эксперта'), `Практика проработана, эффект подтверждён (${expert}).`);
          }, `${S}-3-assessment-${expert}`);
        });
      });
    });
  }

  test('a region-72 secretary sees no task of the region-28 practice', async () => {
    const [task] = await awaitTasks(practice.id, 'Task_RegionalConfirmation');
    await as('secretary72', async (page) => {
      await step(page, S, 'secretary72-list', async () => {
        assert.equal(await page.locator('.task-filter', { hasText: 'Амурская область' }).count(), 0);
        for (const filter of [MINE, TYUMEN_SECRETARIES]) {
          await page.locator('.task-filter', { hasText: filter }).click();
          await page.locator('.tasks-list').getByText(/Задачи, отвечающие условиям фильтра, не найдены|Публикация практики/)
            .first().waitFor();
          assert.equal(await taskCard(page, task.id).count(), 0, `${filter} shows no region-28 task`);
        }
        await screenshot(page, `${S}-4-secretary72-no-task`);
      });
    });
  });

  test('the region-28 secretary confirms the practice', async () => {
    const [task] = await tasksOf(practice.id, 'Task_RegionalConfirmation');
    await as('secretary28', async (page) => {
      await step(page, S, 'confirm-open', () => openTask(page, AMUR_SECRETARIES, task.id));
      await step(page, S, 'confirm-fill', async () => {
        await complete(page, task.id, async () => {
          await page.getByLabel(/^Подтверждаю/).check();
          const reason = page.getByLabel('Причина', { exact: true });
          if (await reason.isVisible()) await fill(reason, 'Практика работает в регионе с 2023 года.');
        }, `${S}-5-regional-confirmation`);
      });
    });
  });

  test('the editor edits the description and the practice is published', async () => {
    const [task] = await awaitTasks(practice.id, 'Task_CopyEditing');
    await as('editor', async (page) => {
      await step(page, S, 'edit-open', () => openTask(page, EDITORS, task.id));
      await step(page, S, 'edit-fill', async () => {
        const title = page.getByLabel('Название практики (редакция)');
        assert.equal(await title.inputValue(), practice.title, 'the edited fields are prefilled');
        await complete(page, task.id, () => fill(title, 'Выездные врачебные бригады'), `${S}-6-copy-editing`);
      });
    });
    let published;
    for (let i = 0; i < 50; i++) {
      published = await api('official28', 'GET', `/api/practices/${practice.id}`);
      if (published.status === 'PUBLISHED') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(published.status, 'PUBLISHED');
    assert.deepEqual(await tasksOf(practice.id), []);
  });

  test('the auditor finds the finished instance\'s decisions in Cockpit and has no Tasklist to complete tasks in', async () => {
    const [instance] = await api('demo', 'GET',
      `/engine-rest/history/process-instance?processInstanceBusinessKey=practice-${practice.id}&processDefinitionKey=practice-publication`);
    assert.ok(instance.endTime, 'the publication has finished');
    const page = await session(browser);
    try {
      await login(page, 'auditor', 'auditor', COCKPIT);
      for (const [key, table] of [['publication-eligibility', 'Допуск региона к подаче практик'],
        ['expertise-verdict', 'Итог экспертизы практики']]) {
        const [decision] = await api('demo', 'GET',
          `/engine-rest/history/decision-instance?processInstanceId=${instance.id}&decisionDefinitionKey=${key}`);
        assert.ok(decision, `the ${key} decision of the instance is in the history`);
        await step(page, S, `audit-${key}`, async () => {
          await page.getByRole('link', { name: 'Решения' }).first().click();
          await page.getByRole('link', { name: table }).click();
          await page.getByText('Экземпляры решений').first().waitFor();
          // The table's decision instances list the publication's instance as the calling instance.
          const row = page.locator('table.decision-instances tr', { hasText: instance.id });
          await row.first().waitFor();
          await row.first().getByRole('link', { name: decision.id }).click();
          await page.getByText(decision.id).first().waitFor();
          await page.waitForLoadState('networkidle');
          await screenshot(page, `${S}-7-cockpit-${key}`);
        });
        if (key === 'expertise-verdict') {
          await step(page, S, 'audit-verdict-output', () => page.getByText('PUBLISH').first().waitFor());
        }
      }
    } finally {
      await page.context().close();
    }
    const tasklist = await session(browser);
    try {
      await step(tasklist, S, 'audit-no-tasklist', async () => {
        await login(tasklist, 'auditor');
        await tasklist.getByText('задач в Tasklist у вашей роли нет').waitFor();
        assert.equal(await tasklist.locator('.task-filter').count(), 0);
        await screenshot(tasklist, `${S}-8-auditor-no-tasklist`);
      });
    } finally {
      await tasklist.context().close();
    }
  });
});
