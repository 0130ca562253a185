// Tasklist's login page and task list speak Russian; a wrong password is refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TASKLIST, launch, login, screenshot, session, step } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the Tasklist login page is in Russian and a wrong password is refused', async () => {
  const page = await session(browser);
  await step(page, 'login', 'page', async () => {
    await page.goto(TASKLIST);
    await page.getByPlaceholder('Имя пользователя').waitFor();
    await page.getByPlaceholder('Пароль').waitFor();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    await screenshot(page, 'login-page');
  });
  await step(page, 'login', 'wrong-password', async () => {
    // A user no other scenario logs in as: after a failed attempt Camunda holds the user's logins back for a while.
    await login(page, 'coordinator72', 'not-the-password');
    await page.getByText('Не удалось войти').waitFor();
    await page.getByText('Неверные учётные данные').waitFor();
    await screenshot(page, 'login-wrong-password');
    assert.equal(await page.locator('.task-filter').count(), 0, 'no task list without a login');
  });
  await page.context().close();
});

test('the task list is in Russian', async () => {
  const page = await session(browser);
  await step(page, 'login', 'task-list', async () => {
    await login(page, 'moderator1');
    await page.locator('.task-filter', { hasText: 'Мои задачи' }).waitFor();
    await page.locator('.task-filter', { hasText: 'Группа: модераторы АСИ' }).waitFor();
    await page.getByText('Выберите задачу в списке.').waitFor();
    await page.getByPlaceholder('Отбор задач').waitFor();
    await page.getByText('Запустить процесс').waitFor();
    await page.getByText('Дата и время указаны в местном часовом поясе').waitFor();
    await screenshot(page, 'login-task-list');
  });
  await page.context().close();
});
