/**
 * The hall queue against the machine's floors, in one run (docs/performance.md):
 *   floors  — a bare Node HTTP server (same load generator), a bare better-sqlite3 ticket insert,
 *             a bare socket.io broadcast;
 *   product — the production server (built app + socket.io, a fresh SQLite database under data/):
 *             ticket issue at C concurrent kiosks; issue with every ticket printed in raster on
 *             the virtual printer; call-next + console with a backlog of W waiting and H in
 *             history; call → board with B boards.
 * Every product figure is printed with its ratio to the floor.
 * Usage: npm run bench [-- --kiosks 1,10,50 --tickets 600 --boards 500 --calls 30 --waiting 20000 --history 200000]
 */
import { performance } from 'node:perf_hooks';
import { floorBroadcast, floorHttp, floorSqlite, startFloorServer } from './floors';
import { boards, fanOut, hammer, ms, pct } from './load';
import { seedBacklog } from './backlog';
import { sinkPrinters } from './printers';
import { startServer } from './server';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const list = (s: string) => s.split(',').map(Number);
const KIOSKS = list(arg('kiosks', '1,10,50'));
const TICKETS = Number(arg('tickets', '600'));
const BOARDS = Number(arg('boards', '500'));
const CALLS = Number(arg('calls', '30'));
const WAITING = Number(arg('waiting', '20000'));
const HISTORY = Number(arg('history', '200000'));
const PORT = 3290;
const FLOOR_PORT = 3292;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = 'data/bench.db';

const ratio = (x: number, floor: number) => `${(x / floor).toFixed(2)} of the floor`;

async function post(path: string, body: unknown, cookie = '') {
  const res = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body)
  });
  const data = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(data)}`);
  return { data, res };
}

const issue =
  (serviceId: number, kiosk = 'none') =>
  (i: number) => ({ serviceId, language: i % 2 ? 'kk' : 'ru', idempotencyKey: `bench-${serviceId}-${kiosk}-${i}` });

/** A kiosk screen paired as an administrator would (server/devices): its device cookie. */
async function pairedKiosk(kioskId: number, admin: string): Promise<string> {
  const { data, res } = await post('/api/v1/devices/pairing', { office: 'demo', kind: 'KIOSK' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  await post(
    '/api/v1/devices',
    { code: data.code, nameKk: `Киоск ${kioskId}`, nameRu: `Киоск ${kioskId}`, kioskId },
    admin
  );
  return cookie;
}

console.log(
  `# Qabyldau bench — SQLite, node ${process.version}, ${(await import('node:os')).availableParallelism()} cores, loopback`
);
const floorServer = await startFloorServer(FLOOR_PORT);
const floor: { http: Record<number, number>; sqlite: number; broadcast: number } = {
  http: {},
  sqlite: 0,
  broadcast: 0
};
try {
  for (const c of KIOSKS) {
    const r = await floorHttp(FLOOR_PORT, c, Math.max(TICKETS, 3000));
    floor.http[c] = r.perSecond;
    console.log(
      `floor  bare HTTP        clients=${String(c).padStart(3)}  ${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}`
    );
  }
  floor.sqlite = floorSqlite('data/bench-floor.db', 3000);
  console.log(
    `floor  bare SQLite      one ticket row per transaction (WAL, synchronous FULL)  ${floor.sqlite.toFixed(0)} inserts/s`
  );
  const b = await floorBroadcast(FLOOR_PORT, BOARDS, CALLS);
  floor.broadcast = b.p50;
  console.log(`floor  bare socket.io   clients=${BOARDS}  broadcast p50 ${ms(b.p50)}  p99 ${ms(b.p99)}`);
} finally {
  floorServer.kill();
}

const server = await startServer({
  port: PORT,
  db: DB,
  // Its 500 boards all come from 127.0.0.1: a hall's worth of machines, not one flooding address.
  env: {
    QABYLDAU_SOCKETS_PER_ADDRESS: '2000',
    QABYLDAU_SOCKET_MESSAGES_PER_ADDRESS: '2000',
    VIRTUAL_PRINTER_PORT: '9190'
  }
});
try {
  for (const [i, c] of KIOSKS.entries()) {
    const r = await hammer(`${BASE}/api/v1/offices/demo/tickets`, issue((i % 3) + 1), c, TICKETS);
    console.log(
      `issue  kiosks=${String(c).padStart(3)}  ${r.perSecond.toFixed(0).padStart(5)} tickets/s (${ratio(r.perSecond, floor.http[c])}, ${ratio(r.perSecond, floor.sqlite)} SQLite)  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}`
    );
  }

  // Every ticket printed in raster: ten kiosks, each with its own printer, as in a hall.
  const admin = (await post('/api/v1/auth/login', { login: 'admin', password: 'qabyldau' })).res.headers
    .get('set-cookie')!
    .split(';')[0];
  const printers = await sinkPrinters(10);
  const screens: string[] = [];
  for (const [i, port] of printers.ports.entries()) {
    const { data } = await post(
      '/api/v1/admin/kiosks',
      {
        officeId: 1,
        code: `bench-${i}`,
        nameKk: `Киоск ${i}`,
        nameRu: `Киоск ${i}`,
        printerKind: 'NETWORK',
        printerAddress: `127.0.0.1:${port}`,
        paperWidth: 80,
        printMode: 'RASTER',
        printTimeoutMs: 5000,
        active: true
      },
      admin
    );
    screens.push(await pairedKiosk(data.id, admin));
  }
  let printed = 0;
  const p = await hammer(
    `${BASE}/api/v1/offices/demo/tickets`,
    (i) => issue(2, `bench-${i % 10}`)(i),
    10,
    TICKETS,
    (status, json) => {
      if (status >= 300 || (json as { print?: { status?: string } }).print?.status !== 'printed')
        throw new Error(`not printed: ${status} ${JSON.stringify(json).slice(0, 200)}`);
      printed++;
    },
    (i) => ({ cookie: screens[i % 10] })
  );
  printers.close();
  console.log(
    `print  kiosks= 10  ${p.perSecond.toFixed(0).padStart(5)} tickets/s, ${printed}/${TICKETS} printed in raster (${printers.jobs()} jobs at the printers)  p50 ${ms(p.p50)}  p99 ${ms(p.p99)}`
  );

  // A backlog: call-next and the console must not depend on it.
  const { res } = await post('/api/v1/auth/login', { login: 'specialist', password: 'qabyldau' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const t0 = performance.now();
  await seedBacklog(DB, { waiting: WAITING, history: HISTORY });
  console.log(
    `backlog  ${WAITING} waiting today, ${HISTORY} in history (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`
  );
  const W = 4; // serves all three services
  await post(`/api/v1/windows/${W}/take`, {}, cookie);
  const callTimes: number[] = [];
  const consoleTimes: number[] = [];
  for (let i = 0; i < CALLS + 5; i++) {
    const c0 = performance.now();
    const { data } = await post(`/api/v1/windows/${W}/call-next`, {}, cookie);
    const c1 = performance.now();
    const page = await fetch(`${BASE}/staff/window/${W}/__data.json`, { headers: { cookie } });
    if (!page.ok) throw new Error(`console ${page.status}`);
    await page.text();
    const c2 = performance.now();
    if (i >= 5) {
      callTimes.push(c1 - c0);
      consoleTimes.push(c2 - c1);
    }
    await post(`/api/v1/windows/${W}/finish`, { ticketId: data.ticket.id }, cookie);
  }
  console.log(
    `window  call-next p50 ${ms(pct(callTimes, 50))} p99 ${ms(pct(callTimes, 99))}   console p50 ${ms(pct(consoleTimes, 50))} p99 ${ms(pct(consoleTimes, 99))}   together p50 ${ms(pct(callTimes, 50) + pct(consoleTimes, 50))}`
  );
  await post(`/api/v1/windows/${W}/leave`, {}, cookie);

  await post('/api/v1/windows/1/take', {}, cookie);
  const sockets = await boards(BASE, BOARDS, (s) => s.emitWithAck('office:subscribe', { office: 'demo' }));
  let current = 0;
  const r = await fanOut(
    sockets,
    'ticket.called',
    CALLS,
    async () => {
      current = (await post('/api/v1/windows/1/call-next', {}, cookie)).data.ticket.id;
    },
    () => post('/api/v1/windows/1/finish', { ticketId: current }, cookie)
  );
  for (const s of sockets) s.close();
  console.log(
    `board  boards=${BOARDS}  call-to-board p50 ${ms(r.p50)} (${(r.p50 / floor.broadcast).toFixed(1)}× the bare broadcast)  p99 ${ms(r.p99)}`
  );
} finally {
  server.kill();
}
