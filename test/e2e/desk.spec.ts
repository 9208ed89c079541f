import { expect, test } from '@playwright/test';
import { expectAccessible, SCREENSHOTS, signIn } from './helpers';

/** The registrar desk (000 ¶205): identity verified, ticket issued; same-day reception (003 ¶3). */
test('the registrar issues a ticket for a verified visitor and sends another to an official receiving today', async ({
  browser
}) => {
  const page = await signIn(browser, 'registrar', 'kk');
  await expect(page).toHaveURL(/\/staff\/desk$/);
  await expect(page.locator('h1')).toHaveText('Тіркеу үстелі');
  await expectAccessible(page, 'registrar desk');
  await page.getByLabel('Консультация').check();
  await page.getByLabel('Цифрлық құжат').check();
  await page.getByRole('button', { name: 'Талон беру' }).first().click();
  await expect(page.getByTestId('desk-result')).toHaveText(/Талон Б-\d{3} берілді/);
  await page.screenshot({ path: `${SCREENSHOTS}/desk-kk.png`, fullPage: true });

  const form = page.locator('form', { hasText: 'Бүгін қабылдайтын лауазымды адамға' });
  await form.getByLabel('Тегі').fill('Нұрпейісова');
  await form.getByLabel('Аты', { exact: true }).fill('Мәдина');
  await form.getByLabel('ЖСН').fill('600702203456');
  await form.getByLabel(/Мәселенің мәні/).fill('Балабақшаға орын туралы');
  await form.getByRole('button', { name: 'Талон беру' }).click();
  await expect(page.getByTestId('desk-result')).toHaveText(/Талон В-\d{3} берілді\s· Сізді .* 5-кабинетте күтеді/);
  await page.context().close();

  // Appeals staff find the same-day application in the register, registered in person.
  const appeals = await signIn(browser, 'appeals', 'ru');
  const list = await (
    await appeals.request.get(`/api/v1/reception/applications?q=${encodeURIComponent('Нұрпейісова')}`)
  ).json();
  expect(list.rows).toHaveLength(1);
  expect(list.rows[0]).toMatchObject({ channel: 'IN_PERSON', state: 'SCHEDULED' });
  await appeals.context().close();
});

test('the desk follows the hall: a booking made at another desk moves the official’s next free time on this one, unreloaded', async ({
  browser
}) => {
  const here = await signIn(browser, 'registrar', 'ru');
  const there = await signIn(browser, 'registrar', 'ru');
  const official = (page: typeof here) =>
    page.locator('form', { hasText: 'принимающему сегодня' }).locator('select option').first();
  const before = await official(here).textContent();
  const form = there.locator('form', { hasText: 'принимающему сегодня' });
  await form.getByLabel('Фамилия').fill('Ахметова');
  await form.getByLabel('Имя', { exact: true }).fill('Дана');
  await form.getByLabel('ИИН').fill('900101300126');
  await form.getByLabel(/Суть вопроса/).fill('Вопрос об освещении улицы');
  await form.getByRole('button', { name: 'Выдать талон' }).click();
  await expect(there.getByTestId('desk-result')).toContainText(/талон/i);
  // No reload here: the office's feed brings the booking.
  await expect(official(here)).not.toHaveText(before!, { timeout: 10_000 });
  await here.context().close();
  await there.context().close();
});
