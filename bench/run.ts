/**
 * Benchmarks of the hall queue against the production server on loopback
 * (built app + socket.io, a fresh SQLite database under data/):
 *   1. tickets per second and p50/p99 latency with C concurrent kiosks;
 *   2. call-to-board latency: "call next" at a window until every one of M
 *      connected boards has the event.
 * Usage: npm run bench [-- --kiosks 1,10,50 --tickets 600 --boards 10,100,300 --calls 30]
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const list = (s: string) => s.split(',').map(Number);
const KIOSKS = list(arg('kiosks', '1,10,50'));
const TICKETS = Number(arg('tickets', '600'));
const BOARDS = list(arg('boards', '10,100,300'));
const CALLS = Number(arg('calls', '30'));
const PORT = 3290;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = 'data/bench.db';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function startServer() {
  if (!existsSync('build/handler.js')) throw new Error('run `npm run build` first');
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(f, { force: true });
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--demo'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: `file:./${DB}` },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/v1/offices`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('server did not start');
}

async function post(path: string, body: unknown, cookie = '') {
  const res = await fetch(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  const data = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(data)}`);
  return { data, res };
}

/** Each level issues to its own service, so one level's queue does not slow the next. */
async function kioskBench(concurrency: number, total: number, serviceId: number) {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const start = performance.now();
        await post('/api/v1/offices/demo/tickets', { serviceId, language: next % 2 ? 'kk' : 'ru' });
        latencies.push(performance.now() - start);
      }
    })
  );
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `kiosks=${String(concurrency).padStart(3)}  service=${serviceId}  tickets=${latencies.length}  ${(latencies.length / seconds).toFixed(0).padStart(5)} tickets/s  p50 ${ms(pct(latencies, 50))}  p99 ${ms(pct(latencies, 99))}`
  );
}

async function boardBench(boards: number, calls: number, cookie: string, windowId: number) {
  const sockets: Socket[] = [];
  await Promise.all(
    Array.from({ length: boards }, async () => {
      const s = io(BASE, { transports: ['websocket'], forceNew: true });
      sockets.push(s);
      await new Promise<void>((r) => s.once('connect', () => r()));
      await s.emitWithAck('office:subscribe', { office: 'demo' });
    })
  );
  const latencies: number[] = [];
  for (let i = 0; i < calls; i++) {
    await post('/api/v1/offices/demo/tickets', { serviceId: 1, language: 'kk' });
    let pending = boards;
    let start = 0;
    const all = new Promise<void>((resolve) => {
      for (const s of sockets) {
        const on = (e: { type: string }) => {
          if (e.type !== 'ticket.called') return;
          s.off('queue:event', on);
          latencies.push(performance.now() - start);
          if (--pending === 0) resolve();
        };
        s.on('queue:event', on);
      }
    });
    start = performance.now();
    const { data } = await post(`/api/v1/windows/${windowId}/call-next`, {}, cookie);
    await all;
    await post(`/api/v1/windows/${windowId}/finish`, { ticketId: data.ticket.id }, cookie);
  }
  for (const s of sockets) s.close();
  console.log(`boards=${String(boards).padStart(4)}  calls=${calls}  call-to-board p50 ${ms(pct(latencies, 50))}  p99 ${ms(pct(latencies, 99))}  max ${ms(Math.max(...latencies))}`);
}

const server = await startServer();
try {
  console.log(`# Qabyldau bench — SQLite, node ${process.version}, loopback`);
  for (const [i, c] of KIOSKS.entries()) await kioskBench(c, TICKETS, (i % 3) + 1);
  const { res } = await post('/api/v1/auth/login', { login: 'specialist', password: 'qabyldau' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  await post('/api/v1/windows/1/take', {}, cookie);
  for (const b of BOARDS) await boardBench(b, CALLS, cookie, 1);
} finally {
  server.kill();
}
