import { readFileSync } from 'node:fs';
import { expect, request, type APIRequestContext, type Browser, type Page } from '@playwright/test';

// Outside test-results/, which Playwright empties at every run.
export const SCREENSHOTS = 'test/e2e/screenshots';

/** Opens a page and waits until it is interactive (hydrated). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('body[data-hydrated]').waitFor();
}

/**
 * Signs a staff member in through the sign-in page. By default the browser's locale is the
 * console's language, as an office machine's would be; `machine` sets another one (en-US in UTC,
 * say) or another server (a spec's own).
 */
export async function signIn(
  browser: Browser,
  login: string,
  lang: 'kk' | 'ru' = 'kk',
  machine: { locale?: string; timezoneId?: string; base?: string } = {}
): Promise<Page> {
  const base = machine.base ?? 'http://127.0.0.1:3210';
  const context = await browser.newContext({
    viewport: { width: 1366, height: 850 },
    locale: machine.locale ?? (lang === 'ru' ? 'ru-RU' : 'kk-KZ'),
    ...(machine.timezoneId ? { timezoneId: machine.timezoneId } : {})
  });
  await context.addCookies([{ name: 'qabyldau_lang', value: lang, url: base }]);
  const page = await context.newPage();
  await open(page, `${base}/staff/login`);
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', 'qabyldau');
  await page.click('button[type=submit]');
  // Window staff land on the window picker; appeals staff and the head on the reception register.
  await expect(page).toHaveURL(/\/staff(\/reception|\/desk|\/control|\/statistics\/live)?$/);
  await page.locator('body[data-hydrated]').waitFor();
  return page;
}

export async function takeWindow(page: Page, number: number): Promise<void> {
  await page.click(`button[data-window="${number}"]`);
  await expect(page).toHaveURL(/\/staff\/window\/\d+$/);
  await page.locator('body[data-hydrated]').waitFor();
}

/**
 * Calls tickets at this window until `code` is the one called, finishing any
 * other ticket first (earlier tests may have left tickets waiting).
 */
export async function callUntil(page: Page, code: string, callLabel: RegExp, finishLabel: RegExp): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const current = page.locator('section.current .ticket');
    if ((await current.count()) > 0) {
      if ((await current.getAttribute('data-code')) === code) return;
      await page.getByRole('button', { name: finishLabel }).click();
      await expect(page.locator('section.current .ticket')).toHaveCount(0);
    }
    await expect(page.locator(`tr[data-code="${code}"]`)).toBeVisible();
    await page.getByRole('button', { name: callLabel }).click();
    await expect(page.locator('section.current .ticket')).toHaveCount(1);
  }
  throw new Error(`never called ${code}`);
}

/** axe-core on the page as it is now: no serious or critical violation (WCAG 2.1 AA rules). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Evaluated, not added as a <script>: the pages' CSP rightly refuses inline scripts.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            o: object
          ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const r = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations']
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`
      );
  });
  expect(violations, `axe on ${what}`).toEqual([]);
}

/** A staff session for API calls (the request context keeps the cookie). */
export async function apiSignIn(request: APIRequestContext, login: string): Promise<void> {
  expect((await request.post('/api/v1/auth/login', { data: { login, password: 'qabyldau' } })).status()).toBe(200);
}

/**
 * Calls one particular waiting ticket to a window the session holds, finishing what the window
 * had first: earlier tests may leave tickets waiting, and calls by id leave them alone.
 */
export async function callTicketByCode(
  staff: APIRequestContext,
  windowId: number,
  code: string
): Promise<{ id: number; code: string }> {
  const before = (await (await staff.get(`/api/v1/windows/${windowId}`)).json()).current;
  if (before) await staff.post(`/api/v1/windows/${windowId}/finish`, { data: { ticketId: before.id } });
  const { waiting } = (await (await staff.get(`/api/v1/windows/${windowId}`)).json()) as {
    waiting: Array<{ id: number; code: string }>;
  };
  const mine = waiting.find((t) => t.code === code);
  expect(mine, `${code} waits for window ${windowId}`).toBeTruthy();
  const res = await staff.post(`/api/v1/windows/${windowId}/call`, { data: { ticketId: mine!.id } });
  expect(res.status()).toBe(200);
  return (await res.json()).ticket;
}

/**
 * Pairs the browser context of `page` as a kiosk or board of an office, as an administrator
 * would with the code the screen shows (server/devices); a kiosk gets the printer of the kiosk
 * record named by `printer`. Returns the device's id.
 */
export async function pairScreen(
  page: Page,
  kind: 'KIOSK' | 'BOARD',
  opts: { office?: string; nameKk: string; nameRu: string; printer?: string }
): Promise<number> {
  const asked = await page.request.post('/api/v1/devices/pairing', { data: { office: opts.office ?? 'demo', kind } });
  expect(asked.status()).toBe(200);
  const { code } = await asked.json();
  const admin = await request.newContext({ baseURL: 'http://127.0.0.1:3210' });
  await apiSignIn(admin, 'admin');
  const { kiosks } = await (await admin.get('/api/v1/admin')).json();
  const kioskId = opts.printer ? kiosks.find((k: { code: string }) => k.code === opts.printer).id : null;
  const paired = await admin.post('/api/v1/devices', {
    data: { code, nameKk: opts.nameKk, nameRu: opts.nameRu, kioskId }
  });
  expect(paired.status()).toBe(201);
  const { id } = await paired.json();
  await admin.dispose();
  return id;
}
