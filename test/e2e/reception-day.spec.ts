import { expect, test } from '@playwright/test';
import { expectAccessible, open, pairScreen, SCREENSHOTS, signIn } from './helpers';

/** A reception day: the visitor checks in at the kiosk with the ИИН, the official calls from the room, the board shows number and room only. */
test('check-in at the kiosk, the official calls, the board shows the ticket and the room — never a name', async ({
  browser
}) => {
  // Appeals staff know the applicant's ИИН from the card (the visitor knows it by heart).
  const appeals = await signIn(browser, 'appeals', 'kk');
  const list = await (
    await appeals.request.get(`/api/v1/reception/applications?state=SCHEDULED&q=${encodeURIComponent('Сейітқали')}`)
  ).json();
  const id: number = list.rows[0].id;
  const card = await (await appeals.request.get(`/api/v1/reception/applications/${id}`)).json();
  await appeals.context().close();

  // Whether the official's room already has a ticket for this applicant.
  const officialApi = await signIn(browser, 'official', 'kk');
  // The official's room console is open before the visitor arrives: it must show the check-in live.
  await open(officialApi, '/staff/reception/room');
  const officialSees = async (applicationId: number) => {
    const room = await (await officialApi.request.get('/api/v1/reception/room')).json();
    const all = (room.sessions as Array<{ applicants: Array<{ id: number; ticket: unknown }> }>).flatMap(
      (s) => s.applicants
    );
    return all.some((a) => a.id === applicationId && a.ticket !== null);
  };

  const boardCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await boardCtx.newPage();
  await open(board, '/display/demo');

  const kioskCtx = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kiosk = await kioskCtx.newPage();
  await pairScreen(kiosk, 'KIOSK', { nameKk: 'Зал, 1-киоск', nameRu: 'Зал, киоск 1', printer: 'hall-1' });
  await open(kiosk, '/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Қазақша' }).click();
  await kiosk.getByTestId('have-appointment').click();
  await expect(kiosk.locator('h1')).toHaveText('Менде жазылу бар');
  for (const digit of card.iin as string)
    await kiosk.locator('.keypad button', { hasText: new RegExp(`^${digit}$`) }).click();
  await expect(kiosk.getByTestId('typed')).toHaveText(card.iin);
  await expectAccessible(kiosk, 'kiosk check-in keypad');
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-check-in-kk.png` });
  await kiosk.getByRole('button', { name: 'Іздеу' }).click();
  // Found: when and where — and nothing queued until the visitor takes the ticket.
  await expect(kiosk.getByTestId('found')).toContainText('кабинетте күтеді');
  expect(await officialSees(id)).toBe(false);
  await kiosk.getByRole('button', { name: 'Талон алу' }).click();
  await expect(kiosk.getByTestId('expected')).toContainText('кабинетте күтеді');
  const code = await kiosk.locator('.ticket').getAttribute('data-code');
  expect(code).toMatch(/^В-\d{3}$/);
  await expect(officialApi.locator(`li[data-application="${id}"]`)).toContainText(code!, { timeout: 5_000 });
  expect(await kiosk.locator('body').innerText()).not.toContain('Сейітқали');
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-check-in-ticket-kk.png` });

  // An unknown ИИН is told where to go, in the visitor's language.
  await kiosk.getByRole('button', { name: /Дайын|Готово/ }).click();
  await kiosk.getByRole('button', { name: 'Русский' }).click();
  await kiosk.getByTestId('have-appointment').click();
  for (const digit of '800101310402')
    await kiosk.locator('.keypad button', { hasText: new RegExp(`^${digit}$`) }).click();
  await kiosk.getByRole('button', { name: 'Найти' }).click();
  await expect(kiosk.getByRole('alert')).toHaveText(/Запись на сегодня не найдена.*зону консультаций/);
  await kioskCtx.close();

  const official = await signIn(browser, 'official', 'ru');
  await open(official, '/staff/reception/room');
  const row = official.locator(`li[data-application="${id}"]`);
  await expect(row).toContainText(code!);
  await expectAccessible(official, 'room console');
  await row.getByRole('button', { name: 'Вызвать' }).click();
  await expect(
    official.locator(`li[data-application="${id}"]`).getByRole('button', { name: 'Пришёл', exact: true })
  ).toBeVisible();

  const call = board.locator(`.call[data-code="${code}"]`);
  await expect(call).toBeVisible();
  await expect(call.getByTestId('window-number')).toHaveText('5');
  await expect(call).toContainText('Кабинет');
  expect(await board.locator('body').innerText()).not.toMatch(/Сейітқали|Гүлжан/);
  await board.screenshot({ path: `${SCREENSHOTS}/board-room-call.png` });

  await official.locator(`li[data-application="${id}"]`).getByRole('button', { name: 'Пришёл', exact: true }).click();
  await expect(official.locator(`li[data-application="${id}"]`)).toHaveAttribute('data-state', 'RECEIVED');
  await official.screenshot({ path: `${SCREENSHOTS}/room-console-ru.png`, fullPage: true });
  await official.locator(`li[data-application="${id}"]`).getByRole('button', { name: 'Завершено' }).click();
  await expect(call).toHaveCount(0);
  // The console reloads after each action: let it settle before closing (closing mid-navigation can hang Chromium).
  await expect(official.locator(`li[data-application="${id}"] button`)).toHaveCount(0);
  await official.locator('body[data-hydrated]').waitFor();
  await official.context().close();
  await boardCtx.close();
});
