import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { callClips } from '../../server/announce/rules/phrase';
import { wavFile } from '../../server/announce/rules/wav';
import { apiSignIn, callTicketByCode, expectAccessible, open, SCREENSHOTS, signIn } from './helpers';
import { sqliteFiles, startOwnServer } from './own-server';

/**
 * Spoken calls on the board, in real Chromium with the kiosk browser's autoplay flag
 * (playwright.config.ts): the chime, then the Kazakh clips, then the Russian ones, in order and
 * never overlapping — observed on the Web Audio graph itself — and a clip an administrator
 * replaced is the one heard.
 */

/** A WAV of exactly `seconds` of a tone: its decoded duration tells it apart from the default clip. */
function tone(seconds: number): Buffer {
  const rate = 22050;
  const samples = Int16Array.from({ length: Math.round(rate * seconds) }, (_, i) =>
    Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000)
  );
  return wavFile(samples, rate);
}

interface Played {
  kind: 'osc' | 'clip';
  when: number;
  duration: number;
}

/** Records every sound started on the page's Web Audio graph: oscillators (the chime) and clips. */
async function listenToWebAudio(page: Page) {
  await page.addInitScript(() => {
    const played: Array<{ kind: string; when: number; duration: number }> = [];
    (window as unknown as { played: typeof played }).played = played;
    const clip = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (when?: number, ...rest: number[]) {
      played.push({ kind: 'clip', when: when ?? this.context.currentTime, duration: this.buffer?.duration ?? 0 });
      return clip.call(this, when, ...rest);
    };
    const osc = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (when?: number) {
      played.push({ kind: 'osc', when: when ?? this.context.currentTime, duration: 0 });
      return osc.call(this, when);
    };
  });
}

test('a call is announced: chime, then Kazakh, then Russian clips in order; a replaced clip is the one played', async ({
  browser,
  playwright,
  baseURL
}) => {
  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, 'admin');
  const { kk } = await (await admin.get('/api/v1/admin/voice?officeId=1')).json();
  expect(kk.find((c: { key: string }) => c.key === 'ticket')).toMatchObject({ words: 'талон', replaced: null });
  // Not audio: refused, nothing replaced.
  const bad = await admin.put('/api/v1/admin/voice/1/kk/ticket', {
    data: Buffer.from('<html>not audio</html>'),
    headers: { 'content-type': 'audio/wav' }
  });
  expect(bad.status()).toBe(400);
  expect(
    (
      await admin.put('/api/v1/admin/voice/1/kk/no-such-clip', {
        data: tone(0.5),
        headers: { 'content-type': 'audio/wav' }
      })
    ).status()
  ).toBe(404);
  // The administrator records "талон" (here: one second of tone).
  expect(
    (
      await admin.put('/api/v1/admin/voice/1/kk/ticket', { data: tone(1), headers: { 'content-type': 'audio/wav' } })
    ).status()
  ).toBe(200);

  const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await listenToWebAudio(board);
  await open(board, '/display/demo');
  await expect(board.locator('button.sound')).toHaveCount(0); // the autoplay flag: no tap needed

  const window3 = await playwright.request.newContext({ baseURL });
  await apiSignIn(window3, 'specialist2');
  expect((await window3.post('/api/v1/windows/3/take', { data: {} })).ok()).toBe(true);
  const issued = await (
    await window3.post('/api/v1/offices/demo/tickets', { data: { serviceId: 2, language: 'kk' } })
  ).json();
  expect(issued.ticket.code).toMatch(/^Б-\d{3}$/);
  // Called by its id, so the board has exactly this one announcement to make (calls queue; they never overlap).
  const called = await callTicketByCode(window3, 3, issued.ticket.code);
  const code = issued.ticket.code as string;
  expect(called?.code).toBe(code);

  // The board says it: first kk, then ru, each the clip sequence of the rules.
  await expect
    .poll(
      () => board.evaluate((c) => (window.qabyldauVoiceLog ?? []).filter((e) => e.code === c).map((e) => e.lang), code),
      { timeout: 20_000 }
    )
    .toEqual(['kk', 'ru']);
  const log = await board.evaluate((c) => (window.qabyldauVoiceLog ?? []).filter((e) => e.code === c), code);
  const place = { kind: 'WINDOW' as const, number: 3 };
  expect(log[0].clips).toEqual(callClips(code, place, 'kk'));
  expect(log[1].clips).toEqual(callClips(code, place, 'ru'));
  expect(log[0].caption).toBe(`Талон ${code}, терезе нөмірі 3`);
  expect(log[1].caption).toBe(`Талон ${code}, окно номер 3`);

  // On the Web Audio graph: the chime's tones, then every clip, each after the previous one ended.
  await expect
    .poll(
      () =>
        board.evaluate(
          () => (window as unknown as { played: Played[] }).played.filter((p) => p.kind === 'clip').length
        ),
      { timeout: 20_000 }
    )
    .toBe(log[0].clips.length + log[1].clips.length);
  const played = await board.evaluate(() => (window as unknown as { played: Played[] }).played);
  const firstClip = played.findIndex((p) => p.kind === 'clip');
  expect(played.slice(0, firstClip).filter((p) => p.kind === 'osc')).toHaveLength(2);
  const clips = played.filter((p) => p.kind === 'clip');
  expect(clips[0].duration).toBeCloseTo(1, 2); // the administrator's "талон", not the default
  for (let i = 1; i < clips.length; i++)
    expect(clips[i].when).toBeGreaterThanOrEqual(clips[i - 1].when + clips[i - 1].duration);
  const ruStart = log[0].clips.length;
  expect(clips[ruStart].duration).not.toBeCloseTo(1, 2); // the Russian "талон" is still the default
  await board.screenshot({ path: `${SCREENSHOTS}/board-call-1920.png` });
  await expectAccessible(board, 'board');

  // Reverted: the default is back in the list.
  expect((await admin.delete('/api/v1/admin/voice/1/kk/ticket')).status()).toBe(200);
  const after = await (await admin.get('/api/v1/admin/voice?officeId=1')).json();
  expect(after.kk.find((c: { key: string }) => c.key === 'ticket').replaced).toBeNull();
  await window3.post('/api/v1/windows/3/finish', { data: { ticketId: called.id } });
});

test('the administrator listens to, replaces and reverts a clip on the voice page (ru, kk)', async ({ browser }) => {
  const page = await signIn(browser, 'admin', 'ru');
  await open(page, '/staff/admin/voice');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Голосовые объявления');
  await expectAccessible(page, 'voice clips ru');
  const row = page.locator('tr[data-clip="ru/window"]');
  await expect(row.locator('th')).toContainText('окно номер');
  await expect(row.locator('audio')).toHaveAttribute('src', /\/api\/v1\/voice\/demo\/ru\/window/);
  // Not audio: refused in the page's language, nothing replaced.
  await row
    .locator('input[type=file]')
    .setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('not a recording') });
  await expect(page.getByRole('status')).toContainText('Это не звуковой файл');
  await expect(row.locator('button')).toHaveCount(0);
  await row.locator('input[type=file]').setInputFiles({ name: 'okno.wav', mimeType: 'audio/wav', buffer: tone(0.7) });
  await expect(row.locator('th small')).toHaveText('Своя запись');
  // The recording is what the boards get now.
  const served = await page.request.get('/api/v1/voice/demo/ru/window');
  expect(served.headers()['content-type']).toBe('audio/wav');
  expect((await served.body()).length).toBe(tone(0.7).length);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-voice-ru.png` });
  await row.getByRole('button', { name: 'Вернуть стандартную' }).click();
  await expect(row.locator('th small')).toHaveText('Стандартная');
  expect((await page.request.get('/api/v1/voice/demo/ru/window')).headers()['content-type']).toBe('audio/ogg');

  const kk = await signIn(browser, 'admin', 'kk');
  await open(kk, '/staff/admin/voice');
  await expect(kk.getByRole('heading', { level: 1 })).toContainText('Дауыс хабарламалары');
  await expectAccessible(kk, 'voice clips kk');
  await kk.screenshot({ path: `${SCREENSHOTS}/admin-voice-kk.png` });
});

test('appeals staff record an applicant’s phone answer on the card; the ratings page counts it (ru, kk)', async ({
  browser
}) => {
  const page = await signIn(browser, 'appeals', 'ru');
  const { rows } = await (await page.request.get('/api/v1/reception/applications?state=RECEIVED')).json();
  let target: number | null = null;
  for (const a of rows as Array<{ id: number }>)
    if (!(await (await page.request.get(`/api/v1/reception/applications/${a.id}`)).json()).survey) target = a.id;
  expect(target).not.toBeNull();
  await open(page, '/staff/survey');
  const before = Number(
    await page.locator('[data-testid=survey-channels] tbody tr').nth(1).locator('td').first().textContent()
  );
  await open(page, `/staff/reception/applications/${target}`);
  const box = page.getByTestId('survey');
  await expect(box).toContainText('Опрос ещё не проводился');
  await box.getByText('Записать результат опроса по телефону').click();
  await box.getByLabel('Оценка (1–5)').selectOption('4');
  await box.getByLabel('Ваш отзыв (необязательно)').fill('Всё объяснили');
  await Promise.all([page.waitForEvent('load'), box.getByRole('button', { name: 'Выполнить' }).click()]);
  await expect(page.getByTestId('survey')).toContainText('Оценка: 4 из 5, по телефону');
  await open(page, '/staff/survey');
  await expect(page.locator('[data-testid=survey-channels] tbody tr').nth(1).locator('td').first()).toHaveText(
    String(before + 1)
  );
  await expect(page.getByText('Всё объяснили')).toBeVisible();
  await expectAccessible(page, 'ratings ru');
  await page.screenshot({ path: `${SCREENSHOTS}/survey-summary-ru.png`, fullPage: true });
  const kk = await signIn(browser, 'head', 'kk');
  await open(kk, '/staff/survey');
  await expect(kk.getByRole('heading', { level: 1 })).toHaveText('Келушілердің бағалары');
  await expectAccessible(kk, 'ratings kk');
});

test('three windows calling within a second are each spoken within 10 s, highlighted at once; a call transferred before its turn is not spoken', async ({
  browser
}) => {
  test.setTimeout(90_000);
  const db = sqliteFiles('e2e-voice-burst');
  const server = await startOwnServer({ port: 3237, databaseUrl: db.url, demo: true, fresh: db.files });
  try {
    const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await open(board, `${server.base}/display/demo`);
    await expect(board.locator('button.sound')).toHaveCount(0);
    // Four specialists at four windows, each with a ticket of a service the window serves.
    const desks = [
      { login: 'specialist', window: 1, service: 1 },
      { login: 'specialist2', window: 3, service: 2 },
      { login: 'specialist3', window: 4, service: 3 },
      { login: 'specialist4', window: 2, service: 1 }
    ];
    const held = [];
    for (const d of desks) {
      const s = await playwrightRequest.newContext({ baseURL: server.base });
      await apiSignIn(s, d.login);
      expect((await s.post(`/api/v1/windows/${d.window}/take`, { data: {} })).ok()).toBe(true);
      const issued = await (
        await s.post('/api/v1/offices/demo/tickets', { data: { serviceId: d.service, language: 'kk' } })
      ).json();
      const { waiting } = (await (await s.get(`/api/v1/windows/${d.window}`)).json()) as {
        waiting: Array<{ id: number; code: string }>;
      };
      held.push({ ...d, s, ticket: waiting.find((t) => t.code === issued.ticket.code)! });
    }
    // Three calls within one second, and a fourth that is transferred away at once.
    const calledAt = Date.now();
    await Promise.all(
      held.map((h) =>
        h.s
          .post(`/api/v1/windows/${h.window}/call`, { data: { ticketId: h.ticket.id } })
          .then(async (r) => expect(r.status(), await r.text()).toBe(200))
      )
    );
    const [a, b, c, moved] = held;
    expect(
      (
        await moved.s.post(`/api/v1/windows/${moved.window}/transfer`, {
          data: { ticketId: moved.ticket.id, serviceId: 2 }
        })
      ).status()
    ).toBe(200);
    // Highlighted when made, not when spoken.
    for (const h of [a, b, c])
      await expect(board.locator(`.call[data-code="${h.ticket.code}"]`)).toHaveClass(/flash/, { timeout: 2_000 });
    await expect(board.locator(`.call[data-code="${moved.ticket.code}"]`)).toHaveCount(0);
    // Each spoken — its first phrase begun — within 10 s of being made; both languages said in the end.
    const codes = [a, b, c].map((h) => h.ticket.code);
    await expect
      .poll(
        () => board.evaluate((cs) => (window.qabyldauVoiceLog ?? []).filter((e) => cs.includes(e.code)).length, codes),
        { timeout: 40_000 }
      )
      .toBe(6);
    const log = await board.evaluate(() => window.qabyldauVoiceLog ?? []);
    for (const code of codes) {
      const first = log.find((e) => e.code === code)!;
      expect(first.lang).toBe('kk');
      expect(first.at - calledAt, `${code} spoken ${first.at - calledAt} ms after the call`).toBeLessThanOrEqual(
        10_000
      );
      expect(log.filter((e) => e.code === code).map((e) => e.lang)).toEqual(['kk', 'ru']);
    }
    expect(log.filter((e) => e.code === moved.ticket.code)).toEqual([]);
  } finally {
    await server.stop();
  }
});
