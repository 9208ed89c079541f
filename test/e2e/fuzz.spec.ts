import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { sqliteFiles, startOwnServer, type OwnServer } from './own-server';

/**
 * Thousands of generated bad requests over every endpoint and page, anonymous and signed in, and
 * junk socket messages: no 5xx, the server lives, and no row of the database changes (apart from
 * the audit trail, sign-in attempts and sessions, which record the attempts themselves).
 * Seeded (FUZZ_SEED) so a failure can be replayed.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
/** Requests per route, method and identity: over 10,000 requests in all. */
const ROUNDS = 30;
const db = sqliteFiles('e2e-fuzz');
let server: OwnServer;
test.afterAll(async () => server?.stop());

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}
const rnd = prng(SEED);

/** Every API route file: its URL pattern and the methods it exports. */
function routes(dir = 'src/routes'): Array<{ pattern: string; methods: string[] }> {
  const out: Array<{ pattern: string; methods: string[] }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...routes(path));
    else if (name === '+server.ts') {
      const methods = [
        ...readFileSync(path, 'utf8').matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)
      ].map((m) => m[1]);
      out.push({ pattern: dir.slice('src/routes'.length) || '/', methods });
    }
  }
  return out;
}

// Values a param may be given: real ones of the demo, and junk.
const VALID: Record<string, string[]> = {
  office: ['demo'],
  id: ['1', '2'],
  officeId: ['1'],
  entity: ['offices', 'services', 'windows', 'users', 'kiosks'],
  // Actions that read a body: take, leave and call-next need none, so an empty one is a real
  // request (the junk they refuse is checked by the bodies below on the invalid paths).
  action: ['finish', 'pause', 'approve', 'submit', 'sign', 'report'],
  year: ['2026'],
  date: ['2026-12-16'],
  month: ['2026-12'],
  lang: ['kk', 'ru'],
  key: ['ticket', 'n15'],
  format: ['pdf', 'docx', 'xlsx', 'csv'],
  quarter: ['2026-Q4'],
  kind: ['rooms', 'officials'],
  step: ['submit', 'approve', 'publish'],
  item: ['1'],
  file: ['1'],
  token: ['x'],
  rest: ['nothing/here']
};
const JUNK = [
  '0',
  '-1',
  '99999999999999999999',
  '1.5',
  '1e3',
  'abc',
  '%00',
  '%2e%2e%2f%2e%2e',
  'Қ',
  '\'; DROP TABLE "Ticket"; --',
  'x'.repeat(3000),
  '%F0%9F%92%A9',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '2026-02-30',
  '2026-13',
  '9999-Q9'
];

// Every field name the API's schemas know, each given a value no field accepts.
const FIELDS = [
  ...new Set(
    // Every capability's request schemas (server/<capability>/schemas.ts) and the shared parts.
    readdirSync('server', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('schemas.ts'))
      .flatMap((f) => [...readFileSync(join('server', f), 'utf8').matchAll(/^\s+(\w+): z\./gm)].map((m) => m[1]))
  )
];
const JUNK_BODIES: Array<{ type: string; body: string }> = [
  { type: 'application/json', body: '{"' },
  { type: 'application/json', body: '' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '[]' },
  { type: 'application/json', body: '"Қазақстан"' },
  { type: 'application/json', body: '1e309' },
  { type: 'application/json', body: '{"__proto__":{"admin":true}}' },
  { type: 'application/json', body: JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, { $ne: null }]))) },
  { type: 'application/json', body: JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, ['x'.repeat(10_000)]]))) },
  { type: 'application/json', body: '['.repeat(20_000) },
  { type: 'application/json', body: `{"a":"${'я'.repeat(600_000)}"}` },
  { type: 'text/plain', body: 'language=kk&serviceId=1' },
  { type: 'application/x-www-form-urlencoded', body: '%%%=&&=' },
  {
    type: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="file"; filename="../../etc/passwd"\r\n\r\nrm -rf\r\n--'
  },
  {
    type: 'application/xml',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
  }
];

/** Form posts to the pages that take them (sign-in, first administrator): broken encodings and types. */
const FORM_BODIES: Array<{ type: string; body: string }> = [
  { type: 'application/x-www-form-urlencoded', body: 'login=%E0%A4%A&password=%' },
  { type: 'application/x-www-form-urlencoded', body: '%%%=&&=' },
  { type: 'application/x-www-form-urlencoded', body: `login=${'я'.repeat(5000)}&password=x&next=//evil.example` },
  { type: 'multipart/form-data', body: 'login=admin' },
  { type: 'multipart/form-data; boundary=zz', body: '--zz\r\nContent-Disposition: form-data\r\n\r\nx' },
  {
    type: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="login"\r\n\r\nadmin\r\n--zz--'
  },
  { type: 'multipart/form-data; boundary=', body: '' },
  { type: 'text/plain', body: 'login=admin&password=qabyldau' },
  { type: 'application/x-www-form-urlencoded', body: 'code=&login=ADMIN!&fullName=&password=1&password2=2' }
];

/** Percent-encoded header values that do not decode (a file's name on upload). */
const JUNK_HEADERS = ['%', '%E0%A4%A', '%%41', '%C0%AF', '%E0%80%AF', '%FF'.repeat(300)];

function fill(pattern: string, valid: boolean): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) =>
    valid ? rnd.pick(VALID[name] ?? ['1']) : encodeURIComponent(rnd.pick(JUNK)).replace(/%25/g, '%')
  );
}

/** A digest of every row of every table but the ones that record attempts. */
function fingerprint(): Map<string, string> {
  const file = new Database(db.files[0], { readonly: true });
  try {
    const tables = (
      file
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`
        )
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    const skip = new Set(['AuditLog', 'SignInAttempt', 'Session']);
    return new Map(
      tables
        .filter((t) => !skip.has(t))
        .map((t) => [
          t,
          createHash('sha256')
            .update(
              JSON.stringify(file.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all(), (_k, v) =>
                typeof v === 'bigint' ? String(v) : Buffer.isBuffer(v) ? v.toString('hex') : v
              )
            )
            .digest('hex')
        ])
    );
  } finally {
    file.close();
  }
}

async function signedIn(login: string): Promise<string> {
  const res = await fetch(`${server.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'qabyldau' })
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

test('generated bad requests and socket messages: no 5xx, the server lives, no row changes', async () => {
  test.setTimeout(300_000);
  server = await startOwnServer({ port: 3233, databaseUrl: db.url, demo: true, fresh: db.files });
  const identities = {
    anonymous: '',
    admin: await signedIn('admin'),
    specialist: await signedIn('specialist'),
    appeals: await signedIn('appeals')
  };
  // The demo's specialist holds window 1, so window actions reach their checks.
  await fetch(`${server.base}/api/v1/windows/1/take`, { method: 'POST', headers: { cookie: identities.specialist } });
  const before = fingerprint();

  const failures: string[] = [];
  let sent = 0;
  const send = async (
    method: string,
    path: string,
    cookie: string,
    junk?: { type: string; body: string },
    extra: Record<string, string> = {}
  ) => {
    const headers: Record<string, string> = {
      cookie: rnd.next() < 0.1 ? `${cookie}; qabyldau_session=${'%'.repeat(50)}; qabyldau_lang=%D2%9A` : cookie,
      'accept-language': rnd.pick(['kk', 'ru', '*;q=abc', 'x'.repeat(500)]),
      ...extra
    };
    if (junk) headers['content-type'] = junk.type;
    sent++;
    try {
      const res = await fetch(`${server.base}${path}`, {
        method,
        headers,
        body: junk && method !== 'GET' ? junk.body : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(15_000)
      });
      await res.arrayBuffer();
      if (res.status >= 500)
        failures.push(`${res.status} ${method} ${path.slice(0, 120)} ${junk?.body.slice(0, 60) ?? ''}`);
      // Signing out without a session, taking the window one already holds (the body unread), and
      // saying «coming» to a call for help already answered (the demo's past calls; the first answer
      // counts, a second is told so) are harmless 200s that change nothing — the row check below
      // would see it otherwise.
      const harmless =
        path.startsWith('/api/v1/auth/logout') ||
        (path === '/api/v1/windows/1/take' && cookie === identities.specialist) ||
        /^\/api\/v1\/help\/\d+$/.test(path);
      if (method !== 'GET' && res.status < 300 && !harmless)
        failures.push(`accepted ${res.status} ${method} ${path.slice(0, 120)} ${junk?.body.slice(0, 60) ?? ''}`);
    } catch (err) {
      failures.push(`no answer ${method} ${path.slice(0, 120)}: ${(err as Error).message}`);
    }
  };

  const all = routes().filter((r) => r.pattern.startsWith('/api'));
  expect(all.length).toBeGreaterThan(60);
  const jobs: Array<() => Promise<void>> = [];
  for (const r of all) {
    for (const [who, cookie] of Object.entries(identities)) {
      for (const method of r.methods) {
        if (r.pattern === '/api/v1/auth/logout' && who !== 'anonymous') continue; // ends the session: a legitimate change
        for (let i = 0; i < ROUNDS; i++) {
          // A DELETE on a real row by someone allowed to is a legitimate change: only the
          // anonymous get real ids there.
          const validPath =
            method === 'GET' ? i % 2 === 0 : method === 'DELETE' ? who === 'anonymous' && i % 3 === 0 : i % 3 === 0;
          jobs.push(() =>
            send(
              method,
              fill(r.pattern, validPath) +
                (i % 6 === 5 ? `?lang=${rnd.pick(JUNK)}&from=${rnd.pick(JUNK)}&limit=${rnd.pick(JUNK)}` : ''),
              cookie,
              rnd.pick(JUNK_BODIES)
            )
          );
        }
      }
    }
  }
  // Form posts to the pages that take them, from the page's own origin (a browser's form would be).
  for (const page of ['/staff/login', '/setup', '/staff/login?next=%2Fstaff'])
    for (const cookie of Object.values(identities))
      for (let i = 0; i < 60; i++) {
        const form = rnd.pick(FORM_BODIES);
        // As a browser's form is sent: its own origin, and HTML wanted (else SvelteKit answers the
        // action's outcome as JSON inside a 200).
        jobs.push(() => send('POST', page, cookie, form, { origin: server.base, accept: 'text/html' }));
      }
  // An upload's file name as a malformed header, with and without a session (signed in: on no
  // assignment, so that a well-formed one is not a legitimate upload).
  for (const [who, cookie] of Object.entries(identities))
    for (let i = 0; i < 40; i++)
      jobs.push(() =>
        send(
          'POST',
          `/api/v1/control/assignments/${who === 'anonymous' ? rnd.pick(['1', '2', '999']) : '999'}/attachments`,
          cookie,
          { type: 'application/pdf', body: '%PDF-1.4 junk' },
          { 'x-file-name': rnd.pick(JUNK_HEADERS) }
        )
      );
  // Pages, anonymous and signed in: bad tokens, offices, ids.
  for (const page of [
    '/t/',
    '/kiosk/',
    '/display/',
    '/schedule/',
    '/staff/tickets/',
    '/staff/window/',
    '/staff/reception/',
    '/staff/control/',
    '/staff/control/protocols/'
  ]) {
    for (const cookie of Object.values(identities))
      for (let i = 0; i < 4; i++) jobs.push(() => send('GET', page + encodeURIComponent(rnd.pick(JUNK)), cookie));
  }
  // Eight at a time, as a busy hall would.
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < jobs.length) await jobs[next++]();
    })
  );

  // Junk socket messages: unknown events, wrong payloads, no acknowledgement, floods.
  const socket = io(server.base, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const payloads: unknown[] = [
    null,
    1,
    'demo',
    [],
    { office: null },
    { office: 'Қ'.repeat(10_000) },
    { office: { $ne: 1 } },
    { office: ['demo'] },
    Buffer.alloc(100_000),
    { office: 'demo', seq: -1 }
  ];
  for (let i = 0; i < 300; i++)
    socket.emit(
      rnd.pick(['office:subscribe', 'office:snapshot', 'queue:event', '__proto__', 'x'.repeat(1000)]),
      rnd.pick(payloads)
    );
  socket.close();

  const health = await fetch(`${server.base}/healthz`);
  expect(health.status).toBe(200);
  expect(sent).toBeGreaterThanOrEqual(10_000);
  const after = fingerprint();
  const changed = [...before.keys()].filter((t) => before.get(t) !== after.get(t));
  console.log(
    `fuzz seed ${SEED}: ${sent} requests, 300 socket messages, ${failures.length} failures, tables changed: ${changed.join(', ') || 'none'}`
  );
  expect(failures).toEqual([]);
  expect(changed).toEqual([]);
  expect(server.output()).not.toMatch(/ERR_HTTP_HEADERS_SENT|uncaught|FATAL/i);
});
