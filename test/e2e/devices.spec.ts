import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOTS, expectAccessible, open, pairScreen, signIn } from './helpers';

/**
 * Screens paired to an office (server/devices), as an administrator sets up a new hall: the kiosk
 * and the board show a one-time code, the administrator enters it in the console, the screens
 * start working by themselves, the kiosk prints on the printer of its pairing; the console lists
 * them alive and tells staff when one goes silent; an unpaired kiosk shows a code again.
 */

const printed = () => {
  try {
    return readdirSync('data/printed').length;
  } catch {
    return 0;
  }
};

const HALL = 'devices-hall';

async function newHall(admin: Page) {
  const r = admin.request;
  const office = await r.post('/api/v1/admin/offices', {
    data: {
      code: HALL,
      nameKk: 'Жаңа зал',
      nameRu: 'Новый зал',
      timeZone: 'Asia/Almaty',
      workDays: '1,2,3,4,5,6,7',
      opensAt: '00:00',
      closesAt: '24:00',
      lunchStart: null,
      lunchEnd: null,
      lastTicketMinutes: 0,
      observesHolidays: false,
      priorityAgingMinutes: null,
      openDevices: false
    }
  });
  expect(office.status()).toBe(201);
  const officeId = (await office.json()).id;
  expect(
    (
      await r.post('/api/v1/admin/services', {
        data: {
          officeId,
          code: 'all',
          nameKk: 'Барлық сұрақтар',
          nameRu: 'Все вопросы',
          descriptionKk: '',
          descriptionRu: '',
          prefix: 'Ж',
          avgServiceMinutes: 10,
          sortOrder: 0,
          active: true
        }
      })
    ).status()
  ).toBe(201);
  // The kiosk's printer: the demo's virtual printer (npm start runs it; so does the test server).
  const kiosk = await r.post('/api/v1/admin/kiosks', {
    data: {
      officeId,
      code: 'entrance',
      nameKk: 'Кіреберіс',
      nameRu: 'Вход',
      printerKind: 'NETWORK',
      printerAddress: '127.0.0.1:9100',
      paperWidth: 80,
      printMode: 'RASTER',
      printTimeoutMs: 5000,
      active: true
    }
  });
  expect(kiosk.status()).toBe(201);
}

test('a new hall: kiosk and board paired by their codes, the kiosk prints on its printer, silence and unpairing are seen', async ({
  browser
}) => {
  test.setTimeout(180_000);
  const admin = await signIn(browser, 'admin', 'kk');
  await newHall(admin);

  // The kiosk screen, unpaired, shows its code and issues nothing.
  const kiosk = await (await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true })).newPage();
  await open(kiosk, `/kiosk/${HALL}`);
  const code = kiosk.getByTestId('pairing-code');
  await expect(code).toHaveText(/^\d{3} \d{3}$/);
  await expect(kiosk.getByRole('heading', { level: 1 })).toContainText('Экранды жұптастыру');
  await expectAccessible(kiosk, 'pairing screen');
  await kiosk.screenshot({ path: `${SCREENSHOTS}/pairing-kiosk.png` });
  const refused = await kiosk.request.post(`/api/v1/offices/${HALL}/tickets`, {
    data: { serviceId: 1, language: 'kk' },
    headers: { 'accept-language': 'kk' }
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatchObject({
    code: 'device_not_paired',
    message: expect.stringContaining('жұптастырылмаған')
  });

  // The administrator types the code as read from the screen, names it, gives it the entrance printer.
  await open(admin, '/staff/admin/devices');
  await expect(admin.getByTestId('pending')).toBeVisible();
  await admin.getByLabel('Экрандағы код').fill((await code.textContent())!);
  await admin.getByLabel('Атауы (қаз.)').fill('Кіреберіс киоскі');
  await admin.getByLabel('Атауы (орыс.)').fill('Киоск у входа');
  await admin.getByLabel('Принтер (киоск жазбасы)').selectOption({ label: 'Кіреберіс' });
  await admin.getByRole('button', { name: 'Жұптастыру' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '«Кіреберіс киоскі» жұптастырылды' })).toBeVisible();

  // The kiosk opens by itself and prints its ticket on the entrance printer.
  await expect(kiosk.getByRole('button', { name: 'Қазақша' })).toBeVisible({ timeout: 10_000 });
  const before = printed();
  await kiosk.getByRole('button', { name: 'Қазақша' }).click();
  await kiosk.getByRole('button', { name: /Барлық сұрақтар/ }).click();
  await kiosk.getByRole('button', { name: /Жоқ, жалпы кезекпен/ }).click();
  await expect(kiosk.locator('article.ticket')).toHaveAttribute('data-code', /^Ж-\d{3}$/);
  await expect.poll(printed).toBe(before + 1);

  // The board the same way (the helper does what the administrator just did).
  const boardCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await boardCtx.newPage();
  await open(board, `/display/${HALL}`);
  await expect(board.getByTestId('pairing-code')).toBeVisible();
  await board.screenshot({ path: `${SCREENSHOTS}/pairing-board.png` });
  await pairScreen(board, 'BOARD', { office: HALL, nameKk: 'Зал таблосы', nameRu: 'Табло зала' });
  await open(board, `/display/${HALL}`);
  await expect(board.getByTestId('clock')).toBeVisible();

  // The console lists both, alive, with their version and the kiosk's printer.
  await open(admin, '/staff/admin/devices');
  const rows = admin.locator('tr[data-device]');
  await expect(rows.filter({ hasText: 'Кіреберіс киоскі' })).toHaveAttribute('data-health', 'online');
  await expect(rows.filter({ hasText: 'Кіреберіс киоскі' })).toContainText('жұмыс істейді');
  await expect(rows.filter({ hasText: 'Зал таблосы' })).toHaveAttribute('data-health', 'online');
  await expectAccessible(admin, 'devices page');
  await admin.screenshot({ path: `${SCREENSHOTS}/devices-kk.png`, fullPage: true });

  // The board is switched off: after a minute every hall console says so.
  await boardCtx.close();
  const specialist = await signIn(browser, 'specialist', 'ru');
  // The specialist is not of the new hall: their console stays quiet. The administrator's is not.
  await open(admin, '/staff/admin/devices');
  await expect(admin.locator('.device-alerts')).toContainText('Зал таблосы', { timeout: 100_000 });
  await expect(specialist.locator('.device-alerts')).toHaveCount(0);
  await expect(admin.locator('tr[data-device]').filter({ hasText: 'Зал таблосы' })).toHaveAttribute(
    'data-health',
    'silent',
    { timeout: 20_000 }
  );
  await expectAccessible(admin, 'devices page with a silent board');
  await admin.screenshot({ path: `${SCREENSHOTS}/devices-silent-kk.png`, fullPage: true });

  // The administrator unpairs the kiosk: at its next report it shows a new code.
  admin.on('dialog', (d) => void d.accept());
  await admin
    .locator('tr[data-device]')
    .filter({ hasText: 'Кіреберіс киоскі' })
    .getByRole('button', { name: 'Ажырату' })
    .click();
  await expect(admin.locator('tr[data-device]').filter({ hasText: 'Кіреберіс киоскі' })).toHaveCount(0);
  await expect(kiosk.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });

  // The same page in Russian.
  const adminRu = await signIn(browser, 'admin', 'ru');
  await open(adminRu, '/staff/admin/devices');
  await expect(adminRu.getByRole('heading', { level: 1 })).toHaveText('Устройства');
  await expect(adminRu.locator('.device-alerts')).toContainText('Табло «Табло зала» молчит');
  await adminRu.screenshot({ path: `${SCREENSHOTS}/devices-silent-ru.png`, fullPage: true });

  const log = await (await admin.request.get('/api/v1/audit?action=admin.device')).json();
  expect(log.entries.map((e: { action: string }) => e.action)).toEqual(
    expect.arrayContaining(['admin.device.pair', 'admin.device.unpair'])
  );
});

test('the administrator clears the codes screens are showing; a screen still waiting shows a new one (ru)', async ({
  browser
}) => {
  const screen = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  await open(screen, '/kiosk/demo?pair');
  const code = screen.getByTestId('pairing-code');
  await expect(code).toHaveText(/^\d{3} \d{3}$/);
  const shown = await code.textContent();

  const admin = await signIn(browser, 'admin', 'ru');
  await open(admin, '/staff/admin/devices');
  await expect(admin.getByTestId('pending')).toContainText('Экранов, показывающих код сейчас');
  await expectAccessible(admin, 'devices page with codes waiting (ru)');
  await admin.getByRole('button', { name: 'Сбросить коды' }).click();
  await expect(admin.getByRole('status').filter({ hasText: /Сброшено кодов: \d+/ })).toBeVisible();
  // The screen learns on its next report (every 3 s) that its code is gone, and asks for a new one —
  // so the page may already count it again: what matters is that the old code no longer pairs.
  await expect(code).not.toHaveText(shown!, { timeout: 15_000 });
  await expect(code).toHaveText(/^\d{3} \d{3}$/);
  await admin.getByLabel('Код с экрана').fill(shown!);
  await admin.getByLabel('Название (каз.)').fill('Старый код');
  await admin.getByLabel('Название (рус.)').fill('Старый код');
  await admin.getByRole('button', { name: 'Привязать' }).click();
  await expect(admin.locator('p[role=alert]')).toContainText('Такого кода нет или его срок истёк');
});
