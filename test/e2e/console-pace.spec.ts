import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, SCREENSHOTS, signIn } from './helpers';
import { sqliteFiles, startOwnServer, type OwnServer } from './own-server';

/**
 * A window specialist's pace (issue 19): a regular visitor costs one action after the first —
 * «finish and call next» —, every action has a key (by physical key, so a Russian or Kazakh layout
 * works), the visit's time runs on screen, a pause takes one of the office's reasons or a typed one,
 * the ticket's language is in words. A server of its own: four windows of its own, held throughout.
 */

const db = sqliteFiles('e2e-console-pace');
let server: OwnServer;

test.beforeAll(async () => {
  server = await startOwnServer({ port: 3238, databaseUrl: db.url, demo: true, fresh: db.files });
});
test.afterAll(async () => server?.stop());

const specialist = (browser: Browser, login: string, lang: 'kk' | 'ru') =>
  signIn(browser, login, lang, { locale: 'en-US', base: server.base });

/** A key pressed on a Russian layout: the letter differs, the physical key is the same. */
const pressOnRussianLayout = (page: Page, code: string, key: string) =>
  page.evaluate(
    ([c, k]) => window.dispatchEvent(new KeyboardEvent('keydown', { code: c, key: k, bubbles: true })),
    [code, key]
  );

const CASES = [
  {
    lang: 'kk',
    login: 'specialist3',
    window: 3,
    service: 2,
    finishNext: 'Аяқтау және келесіні шақыру',
    pause: 'Үзіліс',
    preset: 'Техникалық ақау',
    paused: 'Терезе үзілісте: Техникалық ақау',
    resume: /жалғастыру/i,
    language: 'Тілі: қазақ тілі',
    other: 'Басқа себеп…'
  },
  {
    lang: 'ru',
    login: 'specialist4',
    window: 4,
    service: 3,
    finishNext: 'Завершить и вызвать следующего',
    pause: 'Перерыв',
    preset: 'Совещание',
    paused: 'Окно на перерыве: Совещание',
    resume: /Продолжить работу/,
    language: 'Язык: казахский',
    other: 'Другая причина…'
  }
] as const;

for (const c of CASES) {
  test(`one action per visitor, keys on a Russian layout, a running visit time, pause reasons (${c.lang})`, async ({
    browser
  }) => {
    // Three visitors waiting for this window's service.
    const kiosk = await request.newContext({ baseURL: server.base });
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await kiosk.post('/api/v1/offices/demo/tickets', { data: { serviceId: c.service, language: 'kk' } });
      expect(r.status()).toBe(201);
      codes.push((await r.json()).ticket.code);
    }
    const page = await specialist(browser, c.login, c.lang);
    await page.click(`button[data-window="${c.window}"]`);
    await page.waitForURL(/\/staff\/window\/\d+$/);
    await page.locator('body[data-hydrated]').waitFor();
    const current = page.locator('section.current .ticket');

    // N calls the first (typed on a Russian layout: «т» on the N key).
    await pressOnRussianLayout(page, 'KeyN', 'т');
    await expect(current).toHaveAttribute('data-code', codes[0]);
    await expect(current).toContainText(c.language);
    await expect(page.getByTestId('visit-timer')).toHaveText(/\d+:\d\d$/);
    const first = await page.getByTestId('visit-timer').textContent();
    await expect(page.getByTestId('visit-timer')).not.toHaveText(first!, { timeout: 5_000 });
    await expectAccessible(page, `window console with a visit (${c.lang})`);
    await page.screenshot({ path: `${SCREENSHOTS}/console-pace-${c.lang}.png` });

    // One click: this visit finished, the next visitor called.
    await page.getByRole('button', { name: c.finishNext }).click();
    await expect(current).toHaveAttribute('data-code', codes[1]);
    // And by key, once the console is ready again (its buttons say so): the live feed may show the
    // next visitor a moment before the click's own work is done, and a key meanwhile is ignored.
    await expect(page.getByRole('button', { name: c.finishNext })).toBeEnabled();
    await pressOnRussianLayout(page, 'KeyN', 'т');
    await expect(current).toHaveAttribute('data-code', codes[2]);
    // F finishes: nobody at the window, nobody waiting; N then does nothing.
    await pressOnRussianLayout(page, 'KeyF', 'а');
    await expect(current).toHaveCount(0);

    // A pause with one of the office's reasons, then with a typed one.
    await page.getByTestId('pause-reason').selectOption({ label: c.preset });
    await page.getByRole('button', { name: c.pause, exact: true }).click();
    await expect(page.locator('.paused')).toHaveText(c.paused);
    await page.getByRole('button', { name: c.resume }).click();
    await page.getByTestId('pause-reason').selectOption({ label: c.other });
    await page
      .getByRole('textbox', { name: c.lang === 'kk' ? 'Үзіліс себебі' : 'Причина перерыва' })
      .fill('Әкімшілікке шақырылды');
    await page.getByRole('button', { name: c.pause, exact: true }).click();
    await expect(page.locator('.paused')).toContainText('Әкімшілікке шақырылды');
    await page.getByRole('button', { name: c.resume }).click();
    await expect(page.locator('.paused')).toHaveCount(0);
  });
}
