import { expect, test } from '@playwright/test';
import { SCREENSHOTS, open, signIn } from './helpers';

test('the administrator edits a service on the admin page and the kiosk shows it', async ({ browser }) => {
  const page = await signIn(browser, 'admin', 'ru');
  await open(page, '/staff/admin');
  await expect(page.getByRole('heading', { name: 'Услуги' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Консультация' }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-ru.png`, fullPage: true });

  const services = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Услуги' }) });
  await services.locator('tbody tr').filter({ hasText: 'Нәтиже' }).getByRole('button').click();
  const form = services.locator('form');
  await form.getByLabel('Название (рус.)').fill('Результаты и документы');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(services.getByRole('cell', { name: 'Результаты и документы' })).toBeVisible();

  // A bad value is refused with the reason, and nothing is saved.
  await services.locator('tbody tr').filter({ hasText: 'Нәтиже' }).getByRole('button').click();
  await form.getByLabel('Префикс').fill('Қ');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByRole('alert')).toContainText('prefix');
  await form.getByRole('button', { name: 'Отмена' }).click();

  const kiosk = await (await browser.newContext()).newPage();
  await open(kiosk, '/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await expect(kiosk.getByRole('button', { name: /Результаты и документы/ })).toBeVisible();
});

test('signing in works as a plain form post: a wrong password is refused in the page language and never lands in a URL', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/staff/window/1');
  await expect(page).toHaveURL(/\/staff\/login\?next=/);
  await page.fill('input[name=login]', 'specialist');
  await page.fill('input[name=password]', 'not-the-password');
  await page.click('button[type=submit]');
  await expect(page.getByRole('alert')).toHaveText('Логин немесе құпиясөз қате');
  expect(page.url()).not.toContain('password');
  await page.fill('input[name=password]', 'qabyldau');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/staff$/);
});
