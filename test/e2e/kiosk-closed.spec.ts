import { expect, test, type PlaywrightWorkerArgs } from '@playwright/test';
import { SCREENSHOTS, apiSignIn, open } from './helpers';

/** Runs last (it changes the demo office's hours, then restores them). */
type Office = { id: number; code: string } & Record<string, unknown>;

/** An administrator's API session and the demo office as the admin API returns it. */
async function adminAndDemo(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined) {
  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, 'admin');
  const { offices } = (await (await admin.get('/api/v1/admin')).json()) as { offices: Office[] };
  return { admin, demo: offices.find((o) => o.code === 'demo')! };
}

test('outside working hours the kiosk issues nothing and says when issuing starts, in both languages', async ({
  page,
  playwright,
  baseURL
}) => {
  const { admin, demo } = await adminAndDemo(playwright, baseURL);
  // Open only on the day after today (Almaty), from 09:00.
  const todayIso = Number(
    new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Asia/Almaty' })
      .format(new Date())
      .replace(/Mon|Tue|Wed|Thu|Fri|Sat|Sun/, (d) =>
        String(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(d) + 1)
      )
  );
  const tomorrow = (todayIso % 7) + 1;
  const { id, ...office } = demo;
  const closed = {
    ...office,
    workDays: String(tomorrow),
    opensAt: '09:00',
    closesAt: '18:30',
    lunchStart: null,
    lunchEnd: null,
    lastTicketMinutes: 15
  };
  expect((await admin.put(`/api/v1/admin/offices/${id}`, { data: closed })).status()).toBe(200);
  try {
    await page.setViewportSize({ width: 1280, height: 1024 });
    await open(page, '/kiosk/demo');
    await expect(page.locator('.closed')).toBeVisible();
    await expect(page.getByText('Бүгін демалыс күні.')).toBeVisible();
    await expect(page.getByText('Сегодня выходной день.')).toBeVisible();
    await expect(page.getByText(/Талон беру басталады: .*09:00/)).toBeVisible();
    await expect(page.getByText(/Выдача талонов начнётся: .*09:00/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Қазақша' })).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOTS}/kiosk-closed.png` });
    const refused = await page.request.post('/api/v1/offices/demo/tickets', { data: { serviceId: 1, language: 'ru' } });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.message).toBe('Сейчас талоны не выдаются');
  } finally {
    expect((await admin.put(`/api/v1/admin/offices/${id}`, { data: office })).status()).toBe(200);
  }
});

test('on a public holiday the kiosk issues nothing and names the holiday, in both languages', async ({
  page,
  playwright,
  baseURL
}) => {
  const { admin, demo: office } = await adminAndDemo(playwright, baseURL);
  const { id, ...demo } = office;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date()); // YYYY-MM-DD
  const { entries } = await (await admin.get(`/api/v1/calendar/${today.slice(0, 4)}`)).json();
  const existing = entries.find((e: { date: string }) => e.date === today);
  const holiday = {
    kind: 'HOLIDAY',
    nameKk: 'Сынақ мерекесі',
    nameRu: 'Тестовый праздник',
    movesIfWeekend: false,
    note: 'e2e'
  };
  // The demo hall works through holidays; this test makes it observe them.
  expect((await admin.put(`/api/v1/admin/offices/${id}`, { data: { ...demo, observesHolidays: true } })).status()).toBe(
    200
  );
  expect((await admin.put(`/api/v1/calendar/days/${today}`, { data: holiday })).status()).toBe(200);
  try {
    await page.setViewportSize({ width: 1280, height: 1024 });
    await open(page, '/kiosk/demo');
    await expect(page.getByText('Бүгін демалыс күні: Сынақ мерекесі.')).toBeVisible();
    await expect(page.getByText('Сегодня выходной день: Тестовый праздник.')).toBeVisible();
    await expect(page.getByText(/Талон беру басталады: .*00:00/)).toBeVisible();
    await expect(page.getByText(/Выдача талонов начнётся: .*00:00/)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/kiosk-holiday.png` });
    const refused = await page.request.post('/api/v1/offices/demo/tickets', { data: { serviceId: 1, language: 'kk' } });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.message).toBe('Қазір талон берілмейді');
  } finally {
    if (existing) {
      const { date: _d, ...kept } = existing;
      expect((await admin.put(`/api/v1/calendar/days/${today}`, { data: kept })).status()).toBe(200);
    } else expect((await admin.delete(`/api/v1/calendar/days/${today}`)).status()).toBe(200);
    expect((await admin.put(`/api/v1/admin/offices/${id}`, { data: demo })).status()).toBe(200);
  }
});
