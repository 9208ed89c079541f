import { expect, test } from '@playwright/test';
import {
  SCREENSHOTS,
  apiSignIn,
  callTicketByCode,
  callUntil,
  expectAccessible,
  open,
  signIn,
  takeWindow
} from './helpers';

test.describe.configure({ mode: 'serial' });

const cases = [
  {
    lang: 'kk' as const,
    button: 'Қазақша',
    service: 'Нәтиже',
    regular: /Жоқ, жалпы кезекпен/,
    yourTicket: 'Сіздің талоныңыз',
    login: 'specialist',
    window: 1,
    call: /Келесіні шақыру/,
    finish: /Аяқтау F$/
  },
  {
    lang: 'ru' as const,
    button: 'Русский',
    service: 'Консультация',
    regular: /Нет, в общей очереди/,
    yourTicket: 'Ваш талон',
    login: 'specialist2',
    window: 2,
    call: /Вызвать следующего/,
    finish: /Завершить F$/
  }
];

for (const c of cases) {
  test(`a ticket taken at the kiosk in ${c.lang} is called at window ${c.window} and shown on the board`, async ({
    browser
  }) => {
    const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await open(board, '/display/demo');
    await expect(board.locator('.board')).toBeVisible();

    const staff = await signIn(browser, c.login, c.lang);
    await takeWindow(staff, c.window);

    const kiosk = await (
      await browser.newContext({ viewport: { width: 1280, height: 1024 }, hasTouch: true })
    ).newPage();
    await open(kiosk, '/kiosk/demo');
    await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-language.png` });
    await kiosk.getByRole('button', { name: c.button }).click();
    await kiosk.getByRole('button', { name: new RegExp(c.service) }).click();
    await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-category-${c.lang}.png` });
    await kiosk.getByRole('button', { name: c.regular }).click();
    const ticket = kiosk.locator('article.ticket');
    await expect(ticket).toBeVisible();
    await expect(kiosk.getByText(c.yourTicket)).toBeVisible();
    await expect(ticket).toHaveAttribute('lang', c.lang);
    await expect(ticket.locator('.qr svg')).toBeVisible();
    const code = (await ticket.getAttribute('data-code'))!;
    expect(code).toMatch(/^[АБ]-\d{3}$/);
    await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-ticket-${c.lang}.png` });

    // The console's waiting list updates live, then the specialist calls the ticket.
    await callUntil(staff, code, c.call, c.finish);
    await expect(staff.locator('section.current .ticket')).toHaveAttribute('data-code', code);
    await staff.screenshot({ path: `${SCREENSHOTS}/console-${c.lang}.png` });

    const call = board.locator(`.call[data-code="${code}"]`);
    await expect(call).toBeVisible();
    await expect(call.getByTestId('window-number')).toHaveText(String(c.window));
    await expect(call).toHaveClass(/flash/);
    await board.screenshot({ path: `${SCREENSHOTS}/board-${c.lang}.png` });

    // The board shows numbers and windows only.
    const boardText = await board.locator('body').innerText();
    expect(boardText).not.toContain('Маман');

    await staff.getByRole('button', { name: c.finish }).click();
    await expect(board.locator(`.call[data-code="${code}"]`)).toHaveCount(0);
    // The last calls share the side panel with today's reception, in turns.
    await expect(board.locator(`[data-testid=recent] [data-code="${code}"]`)).toBeVisible({ timeout: 20_000 });

    // The ticket's public page, in the ticket's language.
    await open(kiosk, '/kiosk/demo');
  });
}

test('an out-of-turn ticket is called before earlier regular ones, and its category is confirmed at the window', async ({
  browser
}) => {
  const kiosk = await (await browser.newContext({ viewport: { width: 1280, height: 1024 } })).newPage();
  const take = async (category: RegExp | null) => {
    await open(kiosk, '/kiosk/demo');
    await kiosk.getByRole('button', { name: 'Қазақша' }).click();
    await kiosk.getByRole('button', { name: /Нәтиже/ }).click();
    if (category) await kiosk.getByRole('button', { name: category }).click();
    else await kiosk.getByRole('button', { name: /Жоқ, жалпы кезекпен/ }).click();
    return (await kiosk.locator('article.ticket').getAttribute('data-code'))!;
  };
  const regular = await take(null);
  await open(kiosk, '/kiosk/demo');
  await kiosk.getByRole('button', { name: 'Қазақша' }).click();
  await kiosk.getByRole('button', { name: /Нәтиже/ }).click();
  await kiosk.getByRole('button', { name: /Маған көмек керек/ }).click();
  await kiosk.getByRole('button', { name: /Мүгедектігі бар адамдар/ }).click();
  const priority = (await kiosk.locator('article.ticket').getAttribute('data-code'))!;
  await expect(kiosk.locator('article.ticket .priority')).toContainText('Кезектен тыс');
  await kiosk.screenshot({ path: `${SCREENSHOTS}/kiosk-ticket-priority.png` });

  const staff = await signIn(browser, 'specialist');
  await takeWindow(staff, 1);
  await expect(staff.locator(`tr[data-code="${priority}"]`)).toBeVisible();
  // The priority ticket is listed first although it came later.
  const order = await staff.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  expect(order.indexOf(priority)).toBeLessThan(order.indexOf(regular));
  await expect(staff.getByRole('alert').filter({ hasText: priority })).toBeVisible();
  await callUntil(staff, priority, /Келесіні шақыру/, /Аяқтау F$/);
  await staff.getByRole('button', { name: /Санатты растау/ }).click();
  await expect(staff.locator('.category')).toHaveAttribute('data-status', 'CONFIRMED');
  await staff.screenshot({ path: `${SCREENSHOTS}/console-priority.png` });
  await staff.getByRole('button', { name: /Аяқтау F$/ }).click();
});

test('the public ticket page shows the status in the ticket language and no personal data', async ({
  browser,
  request
}) => {
  const res = await request.post('/api/v1/offices/demo/tickets', { data: { serviceId: 2, language: 'ru' } });
  expect(res.status()).toBe(201);
  const { ticket } = await res.json();
  const page = await (await browser.newContext({ viewport: { width: 400, height: 800 } })).newPage();
  await open(page, `/t/${ticket.token}`);
  await expect(page.locator('h1')).toHaveText(ticket.code);
  await expect(page.getByText('Ожидает в очереди')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/ticket-status-ru.png` });
  const missing = await page.goto('/t/not-a-token');
  expect(missing?.status()).toBe(404);
});

test('the ticket page follows the call live (ru), then offers the survey once; a second answer is refused', async ({
  browser,
  playwright,
  baseURL
}) => {
  const kiosk = await playwright.request.newContext({ baseURL });
  const { ticket } = await (
    await kiosk.post('/api/v1/offices/demo/tickets', { data: { serviceId: 2, language: 'ru' } })
  ).json();
  const phone = await (await browser.newContext({ viewport: { width: 400, height: 860 }, hasTouch: true })).newPage();
  await open(phone, `/t/${ticket.token}`);
  await expect(phone.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(phone.getByText('Страница обновляется сама')).toBeVisible();
  await expectAccessible(phone, 'ticket page ru');

  // Window 3 calls our ticket; the page shows where to go without a reload or a poll.
  const staff = await playwright.request.newContext({ baseURL });
  await apiSignIn(staff, 'specialist2');
  await staff.post('/api/v1/windows/3/take', { data: {} });
  const called = await callTicketByCode(staff, 3, ticket.code);
  const shownIn = Date.now();
  await expect(phone.getByTestId('go')).toHaveText(/Окно.*3/, { timeout: 2000 });
  expect(Date.now() - shownIn).toBeLessThan(2000);

  await staff.post('/api/v1/windows/3/finish', { data: { ticketId: called.id } });
  await expect(phone.getByRole('heading', { name: 'Оцените обслуживание' })).toBeVisible();
  await phone.getByRole('button', { name: 'Отправить' }).click();
  await expect(phone.getByRole('alert')).toHaveText('Сначала выберите оценку от 1 до 5');
  await phone.getByRole('radio', { name: 'Оценка: 5' }).check();
  await phone.getByLabel('Ваш отзыв (необязательно)').fill('Быстро и вежливо');
  await expectAccessible(phone, 'survey ru');
  await phone.screenshot({ path: `${SCREENSHOTS}/ticket-survey-ru.png`, fullPage: true });
  await phone.getByRole('button', { name: 'Отправить' }).click();
  await expect(phone.getByText('Спасибо за оценку!')).toBeVisible();
  const again = await kiosk.post(`/api/v1/tickets/${ticket.token}/survey`, { data: { rating: 1, language: 'ru' } });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.message).toBe('По этому талону оценка уже дана, спасибо');
  await phone.reload();
  await expect(phone.getByText('Спасибо за оценку!')).toBeVisible();
});

test('the console calls a particular waiting ticket; a lost connection is said in its language and cleared when back (ru)', async ({
  browser,
  playwright,
  baseURL
}) => {
  const kiosk = await playwright.request.newContext({ baseURL });
  const first = (
    await (await kiosk.post('/api/v1/offices/demo/tickets', { data: { serviceId: 2, language: 'kk' } })).json()
  ).ticket;
  const second = (
    await (await kiosk.post('/api/v1/offices/demo/tickets', { data: { serviceId: 2, language: 'ru' } })).json()
  ).ticket;
  const staff = await signIn(browser, 'specialist2', 'ru');
  await open(staff, '/staff');
  const sockets: string[] = [];
  staff.on('websocket', (ws) => sockets.push(ws.url()));
  await takeWindow(staff, 3);
  // Finish whatever an earlier test left at this window, then call the second ticket out of order.
  const current = staff.locator('section.current .ticket');
  if (await current.count()) {
    await staff.getByRole('button', { name: /Завершить F$/ }).click();
    await expect(current).toHaveCount(0);
  }
  await expect(staff.locator(`tr[data-code="${first.code}"]`)).toBeVisible();
  await staff.getByRole('button', { name: `Вызвать талон ${second.code}` }).click();
  await expect(current).toHaveAttribute('data-code', second.code);
  await expect(staff.locator(`tr[data-code="${first.code}"]`)).toBeVisible();
  // The console and its help alerts follow the office over one connection.
  expect(sockets).toHaveLength(1);
  await expectAccessible(staff, 'window console ru');
  await staff.getByRole('button', { name: /Завершить F$/ }).click();
  await expect(current).toHaveCount(0);

  await staff.context().setOffline(true);
  await staff.getByRole('button', { name: `Вызвать талон ${first.code}` }).click();
  await expect(staff.getByText('Нет связи. Попробуйте ещё раз.')).toBeVisible();
  await expect(staff.getByText('Failed to fetch')).toHaveCount(0);
  await staff.context().setOffline(false);
  await expect(staff.getByText('Нет связи. Попробуйте ещё раз.')).toHaveCount(0, { timeout: 15_000 });
});
