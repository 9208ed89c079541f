import { expect, test } from '@playwright/test';

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
  for (const path of ['/staff/tickets/1', '/staff/window/1', '/staff/admin', '/staff/calendar', '/staff/deadlines', '/staff']) {
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
