import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiSignIn } from './helpers';

/** The HTTP API refuses bad input and missing roles with a clear 4xx, and changes nothing. */

async function waitingTotal(request: APIRequestContext): Promise<{ waiting: number; seq: number }> {
  const snap = await (await request.get('/api/v1/offices/demo/board')).json();
  return { waiting: Object.values(snap.waiting as Record<string, number>).reduce((a, b) => a + b, 0), seq: snap.seq };
}

test('kiosk requests: bad input is a 4xx in the visitor language and changes nothing', async ({ request }) => {
  const before = await waitingTotal(request);
  const cases: Array<[string, unknown, number, string, RegExp]> = [
    ['/api/v1/offices/nowhere/tickets', { serviceId: 1, language: 'ru' }, 404, 'unknown_office', /Такого офиса нет/],
    ['/api/v1/offices/demo/tickets', { serviceId: 999, language: 'kk' }, 404, 'unknown_service', /Мұндай қызмет жоқ/],
    ['/api/v1/offices/demo/tickets', { serviceId: 1, language: 'en' }, 400, 'bad_language', /kk/],
    [
      '/api/v1/offices/demo/tickets',
      { serviceId: 1, language: 'ru', category: 'VIP' },
      400,
      'bad_category',
      /внеочередной категории/
    ],
    ['/api/v1/offices/demo/tickets', { serviceId: '1', language: 'ru' }, 400, 'bad_request', /Неверный запрос: услуга/],
    [
      '/api/v1/offices/demo/tickets',
      { serviceId: 1, language: 'kk', extra: true },
      400,
      'bad_request',
      /Сұрау дұрыс емес/
    ],
    [
      '/api/v1/offices/demo/tickets',
      { serviceId: 1, language: 'kk', idempotencyKey: 'x' },
      400,
      'bad_request',
      /Сұрау дұрыс емес: сұрау кілті/
    ]
  ];
  for (const [url, data, status, code, message] of cases) {
    const res = await request.post(url, { data });
    expect(res.status(), `${url} ${JSON.stringify(data)}`).toBe(status);
    const body = await res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
  }
  const malformed = await request.post('/api/v1/offices/demo/tickets', {
    headers: { 'content-type': 'application/json' },
    data: '{"serviceId": 1,'
  });
  expect(malformed.status()).toBe(400);
  // A form post is refused too (SvelteKit's cross-site form check answers 403 before we see it).
  const notJson = await request.post('/api/v1/offices/demo/tickets', { form: { serviceId: '1', language: 'kk' } });
  expect([400, 403]).toContain(notJson.status());
  expect(await waitingTotal(request)).toEqual(before);
});

test('a retried kiosk request returns the same ticket (200) instead of a second one', async ({ request }) => {
  const data = { serviceId: 1, language: 'kk', idempotencyKey: 'e2e-retry-0001' };
  const first = await request.post('/api/v1/offices/demo/tickets', { data });
  const second = await request.post('/api/v1/offices/demo/tickets', { data });
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(200);
  expect((await second.json()).ticket.code).toBe((await first.json()).ticket.code);
});

test('staff actions need a session and the right role', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const r1 = await anonymous.post('/api/v1/windows/1/call-next', { data: {} });
  expect(r1.status()).toBe(401);
  expect((await r1.json()).error.code).toBe('not_signed_in');
  expect((await anonymous.get('/api/v1/admin')).status()).toBe(401);

  const wrong = await anonymous.post('/api/v1/auth/login', {
    data: { login: 'specialist', password: 'wrong-password' }
  });
  expect(wrong.status()).toBe(401);
  expect((await wrong.json()).error.code).toBe('bad_credentials');

  const appeals = await playwright.request.newContext({ baseURL });
  await apiSignIn(appeals, 'appeals');
  expect((await appeals.post('/api/v1/windows/1/take', { data: {} })).status()).toBe(403);
  expect((await appeals.get('/api/v1/admin')).status()).toBe(403);

  const specialist = await playwright.request.newContext({ baseURL });
  await apiSignIn(specialist, 'specialist');
  expect((await specialist.post('/api/v1/admin/services', { data: {} })).status()).toBe(403);
  const before = await waitingTotal(specialist);
  const bad = await specialist.post('/api/v1/windows/3/transfer', { data: { ticketId: 'x' } });
  expect(bad.status()).toBe(400);
  expect((await specialist.post('/api/v1/windows/999/take', { data: {} })).status()).toBe(404);
  expect((await specialist.post('/api/v1/windows/3/dance', { data: {} })).status()).toBe(400);
  expect(await waitingTotal(specialist)).toEqual(before);
  expect((await specialist.get('/api/v1/nothing-here')).status()).toBe(400);
  await specialist.post('/api/v1/auth/logout');
  expect((await specialist.post('/api/v1/windows/1/take', { data: {} })).status()).toBe(401);

  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, 'admin');
  const dupPrefix = await admin.post('/api/v1/admin/services', {
    data: {
      officeId: 1,
      code: 'dup',
      nameKk: 'Қайталау',
      nameRu: 'Дубль',
      prefix: 'А',
      avgServiceMinutes: 5,
      sortOrder: 9,
      active: true
    }
  });
  expect(dupPrefix.status()).toBe(409);
  // A Latin "A" beside the Cyrillic "А": a visitor could not tell their tickets apart.
  const lookalike = await admin.post('/api/v1/admin/services', {
    data: {
      officeId: 1,
      code: 'latin',
      nameKk: 'Латын',
      nameRu: 'Латиница',
      prefix: 'A',
      avgServiceMinutes: 5,
      sortOrder: 9,
      active: true
    }
  });
  expect(lookalike.status()).toBe(409);
  expect((await lookalike.json()).error.message).toContain('(А)');
  const created = await admin.post('/api/v1/admin/services', {
    data: {
      officeId: 1,
      code: 'appeal',
      nameKk: 'Өтініш беру',
      nameRu: 'Подать обращение',
      prefix: 'Г',
      avgServiceMinutes: 15,
      sortOrder: 3,
      active: true
    }
  });
  expect(created.status()).toBe(201);
  const kiosk = await (await admin.get('/api/v1/offices/demo/kiosk')).json();
  expect(kiosk.services.map((s: { prefix: string }) => s.prefix)).toContain('Г');
});
