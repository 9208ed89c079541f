import Database from 'better-sqlite3';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiSignIn, expectAccessible, SCREENSHOTS } from './helpers';
import { sqliteFiles, startOwnServer, type OwnServer } from './own-server';

/**
 * The board with real content: 0, 3 and 12 sessions of personal reception today (long Kazakh names
 * and positions) × 1, 3 and 6 windows calling at once × 1920×1080, 1280×720 and portrait
 * 1080×1920. Every called ticket and its window number must be whole: inside the screen, not
 * clipped by a box, not covered; at 1920×1080 no text is under 48 px. A server of its own, so the
 * extra windows, specialists and sessions do not change what the other specs see.
 */

const PORT = 3236;
const db = sqliteFiles('e2e-board-layout');
let server: OwnServer;

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1080, height: 1920 }
];

const LONG_OFFICIALS = [
  [
    'Сәрсенбаева Гүлжанат Құрманғазықызы',
    'Облыс әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасының басшысы',
    'Руководитель управления координации занятости и социальных программ акимата области'
  ],
  [
    'Жұмабаев Нұрсұлтан Өмірзақұлы',
    'Құрылыс, сәулет және қала құрылысы бөлімінің басшысы',
    'Руководитель отдела строительства, архитектуры и градостроительства'
  ],
  [
    'Әбілқасымова Айгүл Серікқызы',
    'Тұрғын үй-коммуналдық шаруашылық бөлімінің бас маманы',
    'Главный специалист отдела жилищно-коммунального хозяйства'
  ],
  [
    'Төлеуғалиев Ерұлан Бақытжанұлы',
    'Білім басқармасының басшысының орынбасары',
    'Заместитель руководителя управления образования'
  ],
  [
    'Қуанышбекова Жаңылсын Мұхтарқызы',
    'Денсаулық сақтау басқармасының басшысы',
    'Руководитель управления здравоохранения'
  ],
  [
    'Үмбетов Ғалымжан Іслямұлы',
    'Ауыл шаруашылығы және жер қатынастары бөлімінің басшысы',
    'Руководитель отдела сельского хозяйства и земельных отношений'
  ]
];

function officeToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).format(new Date());
}

async function staff(login: string): Promise<APIRequestContext> {
  const r = await request.newContext({ baseURL: server.base });
  await apiSignIn(r, login);
  return r;
}

/** Adds sessions today until there are `n` (the demo's own were moved away first). */
async function sessionsToday(appeals: APIRequestContext, n: number, officials: number[]) {
  const { sessions } = await (await appeals.get(`${server.base}/api/v1/offices/demo/schedule`)).json();
  const today = officeToday();
  let have = (sessions as Array<{ date: string }>).filter((s) => s.date === today).length;
  for (let i = have; i < n; i++, have++) {
    const official = officials[i % officials.length];
    const hour = 9 + Math.floor(i / officials.length) * 3;
    const res = await appeals.post('/api/v1/reception/sessions', {
      data: {
        officialId: official,
        date: today,
        startsAt: `${String(hour).padStart(2, '0')}:00`,
        endsAt: `${String(hour + 2).padStart(2, '0')}:00`,
        roomId: null,
        placeKk: '',
        placeRu: '',
        type: 'EXTRA',
        slotMinutes: 30
      }
    });
    expect(res.status(), await res.text()).toBe(201);
  }
}

/** Every window holds one called ticket, for the first `n` windows; the others finish theirs. */
async function callsAt(windows: Array<{ id: number; staff: APIRequestContext }>, n: number) {
  for (const [i, w] of windows.entries()) {
    const { current } = await (await w.staff.get(`/api/v1/windows/${w.id}`)).json();
    if (i < n && !current)
      expect((await w.staff.post(`/api/v1/windows/${w.id}/call-next`, { data: {} })).status()).toBe(200);
    if (i >= n && current)
      expect((await w.staff.post(`/api/v1/windows/${w.id}/finish`, { data: { ticketId: current.id } })).status()).toBe(
        200
      );
  }
}

/** What a person sees of one element: whole inside the screen, not clipped by a box, not covered. */
async function problemsOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => {
    const out: string[] = [];
    for (const el of els as HTMLElement[]) {
      const r = el.getBoundingClientRect();
      const name = `${el.className} «${el.textContent}»`;
      if (r.width === 0 || r.height === 0) out.push(`${name}: not shown`);
      if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
        out.push(`${name}: outside the screen ${JSON.stringify(r)}`);
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5)
          out.push(`${name}: clipped by ${a.className}`);
      }
      // The glyphs' box: the text's own rectangle, probed at its corners and middle.
      const range = document.createRange();
      range.selectNodeContents(el);
      const t = range.getBoundingClientRect();
      for (const [x, y] of [
        [0.5, 0.5],
        [0.1, 0.3],
        [0.9, 0.3],
        [0.1, 0.8],
        [0.9, 0.8]
      ]) {
        const hit = document.elementFromPoint(t.left + t.width * x, t.top + t.height * y);
        if (!hit || !(el === hit || el.contains(hit) || hit.contains(el)))
          out.push(`${name}: covered by ${hit?.className ?? 'nothing'} at ${x},${y}`);
      }
    }
    return out;
  });
}

/** Every visible text under 48 px. */
async function smallTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (getComputedStyle(el).clipPath !== 'none' || el.closest('.sr')) continue; // for screen readers only
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 47.5) out.push(`${size.toFixed(1)} px «${n.textContent.trim().slice(0, 40)}»`);
    }
    return out;
  });
}

test.beforeAll(async () => {
  server = await startOwnServer({ port: PORT, databaseUrl: db.url, demo: true, fresh: db.files });
});
test.afterAll(async () => server?.stop());

test('the board shows every call whole beside 0, 3 and 12 sessions, at 1920×1080, 1280×720 and 1080×1920', async ({
  browser
}) => {
  test.setTimeout(240_000);
  const admin = await staff('admin');
  const { offices, services, windows } = await (await admin.get('/api/v1/admin')).json();
  const office = offices.find((o: { code: string }) => o.code === 'demo').id;
  const all = services.map((s: { id: number }) => s.id);
  // Six windows serving every service, each held by a specialist of its own.
  const held: Array<{ id: number; staff: APIRequestContext }> = [];
  for (const number of [1, 2, 3, 4, 6, 7]) {
    let w = windows.find((x: { number: number }) => x.number === number);
    const saved = await (w
      ? admin.put(`/api/v1/admin/windows/${w.id}`, {
          data: { officeId: office, number, kind: 'WINDOW', active: true, serviceIds: all }
        })
      : admin.post('/api/v1/admin/windows', {
          data: { officeId: office, number, kind: 'WINDOW', active: true, serviceIds: all }
        }));
    expect(saved.ok(), await saved.text()).toBe(true);
    w = await saved.json();
    const login = `board${number}`;
    const u = await admin.post('/api/v1/admin/users', {
      data: {
        login,
        fullName: `Маман ${number}`,
        role: 'specialist',
        officeId: office,
        locale: 'kk',
        active: true,
        password: 'qabyldau'
      }
    });
    expect(u.status(), await u.text()).toBe(201);
    const s = await staff(login);
    expect((await s.post(`/api/v1/windows/${w.id}/take`, { data: {} })).ok()).toBe(true);
    held.push({ id: w.id, staff: s });
  }
  // Enough waiting tickets for every combination; one of them out of turn (a star and its legend).
  const kiosk = await request.newContext({ baseURL: server.base });
  for (let i = 0; i < 40; i++) {
    const r = await kiosk.post('/api/v1/offices/demo/tickets', {
      data: { serviceId: all[i % all.length], language: i % 2 ? 'ru' : 'kk', category: i === 0 ? 'WW2_VETERAN' : null }
    });
    expect(r.status()).toBe(201);
  }
  // Officials with long Kazakh names and positions.
  const appeals = await staff('appeals');
  const officials: number[] = [];
  for (const [fullName, positionKk, positionRu] of LONG_OFFICIALS) {
    const r = await appeals.post('/api/v1/reception/officials', {
      data: { fullName, positionKk, positionRu, userId: null, roomId: null, active: true, sortOrder: 50 }
    });
    expect(r.ok(), await r.text()).toBe(true);
    officials.push((await r.json()).id);
  }
  // No reception today: the demo's own sessions of today move to another day.
  const file = new Database(db.files[0]);
  file.prepare('UPDATE ReceptionSession SET date = ? WHERE date = ?').run('2000-01-03', officeToday());
  file.close();

  const board = await (await browser.newContext({ viewport: SIZES[0], locale: 'en-US', timezoneId: 'UTC' })).newPage();
  const errors: string[] = [];
  board.on('pageerror', (e) => errors.push(e.message));
  for (const sessions of [0, 3, 12]) {
    await sessionsToday(appeals, sessions, officials);
    for (const calls of [1, 3, 6]) {
      await callsAt(held, calls);
      // A fresh page: the sessions of today come with the board's snapshot.
      await board.setViewportSize(SIZES[0]);
      await board.goto(`${server.base}/display/demo?voice=off`);
      await board.locator('body[data-hydrated]').waitFor();
      for (const size of SIZES) {
        await board.setViewportSize(size);
        const what = `${size.width}×${size.height}, ${sessions} sessions, ${calls} calls`;
        await expect(board.getByTestId('call'), what).toHaveCount(calls);
        await board.waitForTimeout(150); // the side panel re-measures its pages
        const codes = await board.getByTestId('call').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
        for (const code of codes) await expect(board.locator(`[data-code="${code}"] .code`), what).toContainText(code!);
        expect(await problemsOf(board, '[data-testid=call] .code, [data-testid=call] .num'), what).toEqual([]);
        // The reception list, when its turn is on, shows whole rows only (other pages wait their turn).
        expect(await problemsOf(board, '.shown[data-testid=reception-today] li:not(.off)'), what).toEqual([]);
        if (size.width === 1920) expect(await smallTexts(board), what).toEqual([]);
        if (calls !== 3 && sessions !== 3)
          await board.screenshot({
            path: `${SCREENSHOTS}/board-${size.width}x${size.height}-${sessions}s-${calls}c.png`
          });
      }
    }
  }
  // The side panel turns to today's reception, page by page, at every size.
  await expect(board.getByTestId('reception-today')).toBeVisible({ timeout: 30_000 });
  for (const size of SIZES) {
    await board.setViewportSize(size);
    await board.waitForTimeout(150);
    await expect(board.getByTestId('reception-today').locator('.pages')).toHaveText(/^\d\/\d+$/);
    expect(await board.locator('[data-testid=reception-today] li:not(.off)').count()).toBeGreaterThan(0);
    expect(
      await problemsOf(board, '[data-testid=reception-today] li:not(.off)'),
      `reception at ${size.width}×${size.height}`
    ).toEqual([]);
    if (size.width === 1920) expect(await smallTexts(board)).toEqual([]);
    await board.screenshot({ path: `${SCREENSHOTS}/board-${size.width}x${size.height}-reception.png` });
  }
  await board.setViewportSize(SIZES[0]);
  await expectAccessible(board, 'board with 12 sessions and 6 calls');
  expect(errors).toEqual([]);
});
