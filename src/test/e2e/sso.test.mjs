// Single sign-on (profile sso): an official logs in once through the identity provider's page, lands in Tasklist with
// their region's work and none of another region's; Tasklist's own «Выход» ends the provider's session too, so the
// next visit asks for a password again. run.sh starts the provider (the tests' Spring Authorization Server) and a
// second application under sso,demo; its demo has Amur's quarterly report waiting for the health ministry's part.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshot, session, step } from './support.mjs';

const SSO_BASE_URL = (process.env.SSO_BASE_URL || '').replace(/\/$/, '');
const TASKLIST = `${SSO_BASE_URL}/camunda/app/tasklist/default/`;
const S = 'sso';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The provider's login form (Spring Authorization Server's, standing in for Keycloak/ЕСИА). */
async function providerLogin(page, user) {
  await page.locator('input[name="username"]').waitFor();
  assert.ok(!page.url().startsWith(SSO_BASE_URL), `the login form is the provider's, not ours: ${page.url()}`);
  await page.locator('input[name="username"]').fill(user);
  await page.locator('input[name="password"]').fill(user);
  await page.locator('button[type="submit"]').click();
}

/**
 * Every task the logged-in person may see, as Tasklist's own engine API answers it in their session (the filters
 * only narrow this down): name, description and the instance's business key of each.
 */
async function visibleTasks(page) {
  const tasks = await page.evaluate(async () => {
    const answer = await fetch('/camunda/api/engine/engine/default/task?maxResults=500',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!answer.ok) throw new Error(`task list: ${answer.status}`);
    return answer.json();
  });
  return tasks.map((task) => `${task.name} ${task.description ?? ''}`).join('\n');
}

test('an official logs in through the provider, works on their region only, and «Выход» ends the provider session',
  async () => {
    assert.ok(SSO_BASE_URL, 'run.sh starts the single sign-on pair and sets SSO_BASE_URL');
    const page = await session(browser);

    await step(page, S, 'login', async () => {
      await page.goto(TASKLIST);
      await screenshot(page, `${S}-1-provider-login`);
      await providerLogin(page, 'official28');
      await page.waitForURL((url) => url.href.startsWith(TASKLIST));
      await page.locator('[cam-widget-header]').getByText('Иванов').waitFor();
    });

    await step(page, S, 'region-28', async () => {
      // the health ministry's part of Amur's report waits for the region's officials
      await page.locator('.tasks-list li.task', { hasText: 'здравоохранения' }).first().waitFor();
      const tasks = await visibleTasks(page);
      assert.match(tasks, /Амурск/);
      assert.doesNotMatch(tasks, /Тюменск/);
      await screenshot(page, `${S}-2-official28-tasks`);
    });

    await step(page, S, 'logout', async () => {
      await page.locator('[cam-widget-header] .account, [cam-widget-header] .dropdown-toggle').last().click();
      await page.locator('li.logout a').click();
      // our session, then the provider's (RP-initiated logout), then back: the provider asks for a password again
      await page.locator('input[name="username"]').waitFor();
      assert.ok(!page.url().startsWith(SSO_BASE_URL), `after «Выход» the provider's login: ${page.url()}`);
      await screenshot(page, `${S}-3-after-logout`);
      await page.goto(TASKLIST);
      await page.locator('input[name="username"]').waitFor();
      assert.ok(!page.url().startsWith(SSO_BASE_URL), 'no silent sign-in after «Выход»');
    });

    await step(page, S, 'region-72', async () => {
      await providerLogin(page, 'official72');
      await page.waitForURL((url) => url.href.startsWith(TASKLIST));
      await page.locator('[cam-widget-header]').getByText('Новиков').waitFor();
      await page.locator('.task-filter').first().waitFor();
      assert.doesNotMatch(await visibleTasks(page), /Амурск/);
      await screenshot(page, `${S}-4-official72-tasks`);
    });
    await page.context().close();
  });
