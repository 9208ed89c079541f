import { expect, test } from '@playwright/test';
import { SCREENSHOTS, signIn } from './helpers';

test('the administrator edits a service on the admin page and the kiosk shows it', async ({ browser }) => {
  const page = await signIn(browser, 'admin', 'ru');
  await page.goto('/staff/admin');
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
  await kiosk.goto('/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await expect(kiosk.getByRole('button', { name: /Результаты и документы/ })).toBeVisible();
});
