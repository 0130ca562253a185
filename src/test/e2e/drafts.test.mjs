// «Подать практику» (issue 14, point 6): an official sends a draft to publication from Tasklist's header by picking it
// from their drafts by title; nobody types a passport number. A draft without documents is refused in Russian, field by
// field; the complete one is sent and its review begins. «Запустить процесс» offers no publication start form.
import { after, before, describe, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import {
  PDF, api, awaitTasks, journey, launch, login, passport, screenshot, session, step,
} from './support.mjs';

const COMPLETE = 'Школа фермеров: черновик из списка';
const BARE = 'Школа фермеров: черновик без документов';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('drafts: the official picks a draft by title and sends it to publication', { concurrency: false }, () => {
  const S = 'drafts';
  const test = journey(nodeTest);
  let complete;
  let page;

  test('the official has two drafts, one with its order attached', async () => {
    complete = await api('official28', 'POST', '/api/practices', passport('28', COMPLETE));
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'Распоряжение.pdf');
    await api('official28', 'POST', `/api/practices/${complete.id}/documents`, form);
    await api('official28', 'POST', '/api/practices', passport('28', BARE));
    page = await session(browser);
    await login(page, 'official28');
    await page.locator('.task-filter').first().waitFor();
  });

  test('«Подать практику» lists the drafts by title; the one without documents is refused in Russian', async () => {
    await step(page, S, 'open', async () => {
      await page.getByRole('button', { name: 'Подать практику' }).click();
      const panel = page.locator('.smarteka-drafts-panel');
      await panel.locator('.smarteka-draft', { hasText: COMPLETE }).waitFor();
      await panel.locator('.smarteka-draft', { hasText: BARE }).waitFor();
      assert.doesNotMatch(await panel.innerText(), /Номер паспорта практики/);
      await screenshot(page, `${S}-1-list`);
      const bare = panel.locator('.smarteka-draft', { hasText: BARE });
      await bare.getByRole('button', { name: 'Отправить на публикацию' }).click();
      await bare.locator('.smarteka-drafts-field', { hasText: 'приложите документы' }).waitFor();
      assert.doesNotMatch(await bare.innerText(), /Exception|ENGINE-|documents/);
      await screenshot(page, `${S}-2-refused`);
    });
  });

  test('the complete draft is sent; its review begins', async () => {
    await step(page, S, 'send', async () => {
      const row = page.locator('.smarteka-draft', { hasText: COMPLETE });
      await row.getByRole('button', { name: 'Отправить на публикацию' }).click();
      await row.locator('.smarteka-drafts-done', { hasText: `Практика «${COMPLETE}» отправлена на публикацию` }).waitFor();
      await screenshot(page, `${S}-3-sent`);
    });
    await awaitTasks(complete.id, 'Task_PreliminaryCheck');
    assert.notEqual((await api('official28', 'GET', `/api/practices/${complete.id}`)).status, 'DRAFT');
  });

  test('«Запустить процесс» offers no start form asking for a passport number', async () => {
    await step(page, S, 'start-list', async () => {
      await page.keyboard.press('Escape');
      await page.locator('.smarteka-drafts-panel .close').click().catch(() => {});
      await page.getByText('Запустить процесс').click();
      const list = page.locator('.modal-content');
      await list.waitFor();
      await page.waitForLoadState('networkidle');
      assert.doesNotMatch(await list.innerText(), /Публикация практики/);
      await screenshot(page, `${S}-4-start-process`);
      await page.keyboard.press('Escape');
    });
    await page.context().close();
  });
});
