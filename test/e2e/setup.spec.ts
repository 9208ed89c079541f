import { expect, test } from '@playwright/test';
import { expectAccessible, SCREENSHOTS } from './helpers';
import { sqliteFiles, startOwnServer, type OwnServer } from './own-server';

/**
 * A production start (no --demo): no user exists, no password is published; the server's log
 * holds a one-time code, and /setup turns it into the first administrator, once.
 */
test.describe('first start without the demo', () => {
  let server: OwnServer;
  const db = sqliteFiles('e2e-setup');
  test.beforeAll(async () => {
    server = await startOwnServer({ port: 3231, databaseUrl: db.url, fresh: db.files });
  });
  test.afterAll(async () => server?.stop());

  test('the one-time code from the log creates the first administrator, who signs in', async ({ browser, request }) => {
    const code = server.output().match(/one-time code ([A-Z0-9-]{14})/)?.[1];
    expect(code, server.output()).toBeTruthy();
    expect(server.output()).not.toContain('qabyldau"');
    // No demo login works on this installation.
    const demo = await request.post(`${server.base}/api/v1/auth/login`, {
      data: { login: 'admin', password: 'qabyldau' }
    });
    expect(demo.status()).toBe(401);
    const health = await (await request.get(`${server.base}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'ok', provider: 'sqlite' });

    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    // Signing in leads to the setup while nobody exists.
    await page.goto(`${server.base}/staff/login`);
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { name: 'Бірінші әкімші' })).toBeVisible();
    await expectAccessible(page, 'setup kk');
    await page.screenshot({ path: `${SCREENSHOTS}/setup-kk.png`, fullPage: true });

    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { name: 'Первый администратор' })).toBeVisible();
    const fill = async (c: string, password2 = 'Жаңа-құпия-2026') => {
      await page.getByLabel('Код настройки').fill(c);
      await page.getByLabel('Логин').fill('aliya');
      await page.getByLabel('Фамилия, имя').fill('Әлия Серікқызы');
      await page.getByLabel('Пароль', { exact: false }).first().fill('Жаңа-құпия-2026');
      await page.getByLabel('Повторите пароль').fill(password2);
      await page.getByRole('button', { name: 'Создать администратора' }).click();
    };
    await fill(code!, 'другой-пароль-1');
    await expect(page.getByRole('alert')).toHaveText('Пароли не совпадают.');
    await fill('ABCD-EFGH-JKMN');
    await expect(page.getByRole('alert')).toContainText('Код настройки неверен');
    await expectAccessible(page, 'setup ru, refused');
    await page.screenshot({ path: `${SCREENSHOTS}/setup-ru.png`, fullPage: true });
    await fill(code!.toLowerCase());
    // The code is spent and the page is gone; the sign-in page says so, the administrator signs in.
    await expect(page).toHaveURL(/\/staff\/login\?created=aliya/);
    await expect(page.getByRole('status')).toContainText('Администратор создан');
    await expect(page.locator('input[name=login]')).toHaveValue('aliya');
    expect((await request.get(`${server.base}/setup`)).status()).toBe(404);
    await page.fill('input[name=password]', 'Жаңа-құпия-2026');
    await page.click('button[type=submit]');
    await expect(page).toHaveURL(/\/staff/);
    await page.goto(`${server.base}/staff/admin`);
    await expect(page.locator('h1')).toBeVisible();
    await context.close();
  });
});
