// The analytics dashboard in Cockpit (plugin smarteka-analytics): an auditor sees the publication funnel, the time per
// stage and the overdue tasks drawn as Chart.js charts with their tables, and narrows them to a region.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { COCKPIT, launch, login, screenshot, session, step, submitPractice } from './support.mjs';

const SHOTS = process.env.SCREENSHOTS || new URL('../../../target/e2e', import.meta.url).pathname;

const S = 'analytics';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('analytics: the auditor reads the funnel and the overdue tasks on the Cockpit dashboard', async () => {
  await submitPractice('official28', '28', 'Аналитика: выездные бригады Приамурья');
  const page = await session(browser);
  try {
    await login(page, 'auditor', 'auditor', COCKPIT);
    const funnel = page.locator('[data-figure="funnel"]');
    await step(page, S, 'dashboard', async () => {
      await page.getByText('Аналитика Смартеки: публикация и тиражирование практик').waitFor();
      await funnel.getByText('Воронка публикации практик').waitFor();
      await funnel.locator('td', { hasText: 'Подана' }).first().waitFor();
      await page.locator('[data-figure="overdue-tasks"]').getByText('Просроченные задачи сейчас').waitFor();
      // each figure's canvas carries a Chart.js chart
      const charts = await page.evaluate(() => [...document.querySelectorAll('.smarteka-analytics canvas')]
        .filter((canvas) => window.Chart && window.Chart.getChart(canvas)).length);
      assert.equal(charts, 7, 'every figure is drawn');
      await screenshot(page, `${S}-1-dashboard`);
      // Cockpit scrolls inside its page: the figures themselves, each scrolled into view
      for (const figure of ['funnel', 'stages', 'overdue-tasks']) {
        await page.locator(`[data-figure="${figure}"]`).screenshot({ path: join(SHOTS, `${S}-1-${figure}.png`) });
      }
    });
    await step(page, S, 'filter', async () => {
      await page.locator('select[name="region"]').selectOption('28');
      await page.getByRole('button', { name: 'Показать' }).click();
      await funnel.locator('td', { hasText: 'Подана' }).first().waitFor();
      const reached = await funnel.locator('tbody tr').first().locator('td').nth(1).innerText();
      assert.ok(Number(reached) >= 1, 'the practice submitted in Amur is in the funnel');
      await screenshot(page, `${S}-2-amur`);
    });
  } finally {
    await page.context().close();
  }
});
