import { expect, test } from '@playwright/test';
import { apiSignIn } from './helpers';

/** The production server (adapter-node + socket.io) against requests that once broke it. */

test('a plain GET /socket.io/ is answered by socket.io and the server lives on', async ({ request }) => {
  for (const path of ['/socket.io/', '/socket.io/?EIO=4&transport=polling', '/socket.io/?EIO=4&transport=websocket']) {
    const res = await request.get(path);
    expect(res.status(), path).toBeLessThan(500);
  }
  const alive = await request.get('/api/v1/offices');
  expect(alive.status()).toBe(200);
  expect((await alive.json()).offices.length).toBeGreaterThan(0);
});

test('staff pages and their data need a session', async ({ request }) => {
  // The page's own data, without the layout's (x-sveltekit-invalidated skips the layout node).
  for (const path of [
    '/staff/tickets/1',
    '/staff/window/1',
    '/staff/admin',
    '/staff/calendar',
    '/staff/deadlines',
    '/staff'
  ]) {
    for (const invalidated of ['', '?x-sveltekit-invalidated=01', '?x-sveltekit-invalidated=001']) {
      const res = await request.get(`${path}/__data.json${invalidated}`.replace('//__', '/__'), { maxRedirects: 0 });
      const text = await res.text();
      expect(text, path + invalidated).not.toMatch(/"code"|kiosks|printStatus|nameKk/);
      expect(res.status(), path + invalidated).toBeLessThan(500);
    }
    const page = await request.get(path, { maxRedirects: 0 });
    expect(page.status(), path).toBe(303);
    expect(page.headers().location).toMatch(/^\/staff\/login\?next=/);
  }
});

test('a state-changing request from another site is refused; cookies are not Secure on plain http', async ({
  request
}) => {
  const before = (await (await request.get('/api/v1/offices/demo/board')).json()).seq;
  const foreign = await request.post('/api/v1/offices/demo/tickets', {
    headers: { origin: 'http://attacker.example' },
    data: { serviceId: 1, language: 'ru' }
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.message).toBe('Бұл әрекетке құқығыңыз жоқ');
  expect((await (await request.get('/api/v1/offices/demo/board')).json()).seq).toBe(before);
  const lang = await request.post('/api/v1/staff/lang', { data: { locale: 'ru' } });
  expect(lang.status()).toBe(200);
  expect(lang.headers()['set-cookie']).toMatch(/qabyldau_lang=ru/);
  expect(lang.headers()['set-cookie']).not.toMatch(/;\s*Secure/i);
  const login = await request.post('/api/v1/auth/login', { data: { login: 'specialist2', password: 'qabyldau' } });
  expect(login.headers()['set-cookie']).toMatch(/HttpOnly/i);
  expect(login.headers()['set-cookie']).not.toMatch(/;\s*Secure/i);
});

test('the public ticket page names no category', async ({ request, page }) => {
  const res = await request.post('/api/v1/offices/demo/tickets', {
    data: { serviceId: 1, language: 'kk', category: 'DISABILITY', needsAssistance: true }
  });
  const { ticket } = await res.json();
  const status = await (await request.get(`/api/v1/tickets/${ticket.token}`)).json();
  expect(status.outOfTurn).toBe(true);
  expect(JSON.stringify(status)).not.toMatch(/DISABILITY|category|needsAssistance/);
  await page.goto(`/t/${ticket.token}`);
  await expect(page.getByText('Кезектен тыс')).toBeVisible();
  expect(await page.content()).not.toMatch(/DISABILITY|Мүгедектігі бар/);
});

test('every admin change is in the audit log, before → after; a password only as "changed"', async ({
  playwright,
  baseURL
}) => {
  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, 'admin');
  const { services, users } = await (await admin.get('/api/v1/admin')).json();
  const { id, ...service } = services.find((s: { code: string }) => s.code === 'consultation');
  expect(
    (
      await admin.put(`/api/v1/admin/services/${id}`, {
        data: { ...service, avgServiceMinutes: service.avgServiceMinutes + 1 }
      })
    ).status()
  ).toBe(200);
  expect((await admin.put(`/api/v1/admin/services/${id}`, { data: service })).status()).toBe(200);
  const u = users.find((x: { login: string }) => x.login === 'specialist2');
  const { id: userId, ...user } = u;
  expect((await admin.put(`/api/v1/admin/users/${userId}`, { data: { ...user, password: 'qabyldau' } })).status()).toBe(
    200
  );
  const { entries } = await (await admin.get('/api/v1/audit?action=admin.')).json();
  const serviceChanges = entries
    .filter((e: { action: string }) => e.action === 'admin.service.update')
    .map((e: { detail: { changes: object } }) => e.detail.changes);
  expect(serviceChanges).toContainEqual({
    avgServiceMinutes: [service.avgServiceMinutes, service.avgServiceMinutes + 1]
  });
  const userChange = entries.find((e: { action: string }) => e.action === 'admin.user.update');
  expect(userChange.detail.changes).toEqual({ passwordHash: ['•', 'changed'] });
  expect(JSON.stringify(entries)).not.toMatch(/argon2/);
  await admin.dispose();
});

test('pages carry a Content Security Policy: no foreign or inline script, never framed', async ({
  request,
  browser
}) => {
  for (const path of ['/kiosk/demo', '/display/demo', '/staff/login']) {
    const res = await request.get(path);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp, path).not.toContain("'unsafe-inline' 'nonce");
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  }
  // The page still works under it (hydrated, its socket connected), and an injected inline script does not run.
  const page = await (await browser.newContext()).newPage();
  const refused: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && refused.push(m.text()));
  await page.goto('/display/demo');
  await page.locator('body[data-hydrated]').waitFor();
  expect(refused).toEqual([]);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
