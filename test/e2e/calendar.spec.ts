import { expect, test } from '@playwright/test';
import { SCREENSHOTS, open, signIn } from './helpers';

test('the administrator marks a day off on the year at a glance, and the appeals officer sees the deadline move', async ({
  browser
}) => {
  const admin = await signIn(browser, 'admin', 'kk');
  await open(admin, '/staff/calendar?year=2026');
  await expect(admin.getByRole('heading', { name: 'Жұмыс күндерінің күнтізбесі, 2026' })).toBeVisible();
  await expect(admin.getByText('Жылына жұмыс күндері: 247')).toBeVisible();
  await expect(admin.locator('[data-date="2026-03-23"]')).toHaveClass(/holiday/);
  await expect(admin.locator('[data-date="2026-03-24"]')).toHaveClass(/moved_holiday/);
  await expect(admin.locator('[data-date="2026-05-27"]')).toHaveAttribute(
    'title',
    'Мереке күні: Құрбан айттың бірінші күні'
  );
  await admin.screenshot({ path: `${SCREENSHOTS}/calendar-kk.png`, fullPage: true });

  const appeals = await signIn(browser, 'appeals', 'ru');
  await open(appeals, '/staff/deadlines');
  await appeals.getByLabel('Дата и время поступления').fill('01.04.2026 10:00');
  const answer = appeals.locator('tr[data-rule="answer"] .date');
  await appeals.getByRole('button', { name: 'Рассчитать' }).click();
  await expect(answer).toHaveText('22 апреля 2026, среда');
  await expect(appeals.locator('tr[data-rule="answer"] .ref')).toHaveText('003 ¶29');

  // The administrator declares Friday 10 April a day off (a transfer decreed for the year).
  await admin.locator('[data-date="2026-04-10"]').click();
  const panel = admin.locator('aside.panel');
  await expect(panel.getByRole('heading', { name: '2026 жылғы 10 сәуір, жұма' })).toBeVisible();
  await panel.getByLabel('Түрі').selectOption('DAY_OFF');
  await panel.getByLabel('Атауы (қаз.)').fill('Демалыс күні (ауыстыру)');
  await panel.getByLabel('Атауы (орыс.)').fill('Выходной день (перенос)');
  await panel.getByLabel('Негіздеме').fill('Сынақ: Үкімет қаулысы');
  await panel.getByRole('button', { name: 'Сақтау' }).click();
  await expect(admin.locator('[data-date="2026-04-10"]')).toHaveClass(/day_off/);
  await expect(admin.getByText('Жылына жұмыс күндері: 246')).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Сынақ: Үкімет қаулысы' })).toBeVisible();

  await appeals.getByRole('button', { name: 'Рассчитать' }).click();
  await expect(answer).toHaveText('23 апреля 2026, четверг');
  await appeals.getByLabel('Дата поручения').fill('20.04.2026');
  await appeals.getByLabel('Вид контроля').selectOption('very_urgent');
  await appeals.getByRole('button', { name: 'Рассчитать' }).click();
  await expect(appeals.locator('tr[data-rule="controlDeadline"] .date')).toHaveText('23 апреля 2026, четверг');
  await expect(appeals.locator('[data-light]')).toBeVisible();
  await appeals.screenshot({ path: `${SCREENSHOTS}/deadlines-ru.png`, fullPage: true });

  // Undo: the entry is removed and the deadline moves back.
  await admin.locator('[data-date="2026-04-10"]').click();
  await panel.getByRole('button', { name: 'Жазбаны жою' }).click();
  await expect(admin.locator('[data-date="2026-04-10"]')).toHaveClass(/weekday/);
  await appeals.getByRole('button', { name: 'Рассчитать' }).click();
  await expect(answer).toHaveText('22 апреля 2026, среда');
});

test('other staff see the calendar but cannot change it; bad input is refused in their language', async ({
  browser
}) => {
  const page = await signIn(browser, 'specialist', 'ru');
  await open(page, '/staff/calendar?year=2027');
  await expect(page.getByRole('heading', { name: 'Календарь рабочих дней, 2027' })).toBeVisible();
  await page.locator('[data-date="2027-03-15"]').click();
  await expect(page.locator('aside.panel')).toContainText('Праздничный день: День Конституции');
  await expect(page.locator('aside.panel form')).toHaveCount(0);
  await expect(page.getByText('Календарь изменяет администратор.')).toBeVisible();

  const body = { kind: 'HOLIDAY', nameKk: 'x', nameRu: 'x', movesIfWeekend: true, note: '' };
  const refused = await page.request.put('/api/v1/calendar/days/2027-03-16', { data: body });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe('У вас нет прав на это действие');

  const admin = await signIn(browser, 'admin', 'ru');
  const badDate = await admin.request.put('/api/v1/calendar/days/2027-02-29', { data: body });
  expect(badDate.status()).toBe(400);
  expect((await badDate.json()).error.message).toBe('Такой даты нет');
  const badQuery = await admin.request.get('/api/v1/deadlines?office=demo&receptionDay=2027-13-01');
  expect(badQuery.status()).toBe(400);
  expect((await (await admin.request.get('/api/v1/calendar/2027')).json()).days).toHaveLength(365);
});
