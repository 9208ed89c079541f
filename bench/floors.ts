/**
 * The machine's floors, measured in the same run as the product (bench/run.ts): what a bare Node
 * HTTP server, a bare better-sqlite3 insert and a bare socket.io broadcast reach here.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { boards, fanOut, hammer, type Rate } from './load';

export async function startFloorServer(port: number): Promise<ChildProcess> {
  const child = fork('bench/floor-server.mjs', [String(port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`floor server exited ${code}`)));
  });
  return child;
}

export function floorHttp(port: number, concurrency: number, total: number): Promise<Rate> {
  return hammer(
    `http://127.0.0.1:${port}/tickets`,
    (i) => ({ serviceId: 1, language: 'kk', idempotencyKey: `floor-key-${i}` }),
    concurrency,
    total
  );
}

/**
 * One ticket row per transaction, on the same disk and with the product's settings (WAL,
 * synchronous FULL): the most a durable SQLite write path can do here.
 */
export function floorSqlite(file: string, total: number): number {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE Ticket (id INTEGER PRIMARY KEY, officeId INTEGER, serviceId INTEGER, serviceDay TEXT, number INTEGER, code TEXT, language TEXT,
    status TEXT, token TEXT UNIQUE, idempotencyKey TEXT, issuedAt TEXT, arrivedAt TEXT, UNIQUE (officeId, serviceDay, code), UNIQUE (officeId, idempotencyKey))`);
  const insert =
    db.prepare(`INSERT INTO Ticket (officeId, serviceId, serviceDay, number, code, language, status, token, idempotencyKey, issuedAt, arrivedAt)
    VALUES (1, 1, '2026-12-16', ?, ?, 'kk', 'WAITING', ?, ?, ?, ?)`);
  const one = db.transaction((i: number) => {
    const at = new Date().toISOString();
    insert.run(i, `А-${i}`, `token-${i}`, `key-${i}`, at, at);
  });
  const t0 = performance.now();
  for (let i = 0; i < total; i++) one(i);
  const perSecond = total / ((performance.now() - t0) / 1000);
  db.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return perSecond;
}

/** A bare socket.io broadcast from the floor server to `count` clients. */
export async function floorBroadcast(port: number, count: number, calls: number) {
  const base = `http://127.0.0.1:${port}`;
  const sockets = await boards(base, count);
  try {
    return await fanOut(sockets, 'ticket.called', calls, (i) =>
      fetch(`${base}/broadcast`, { method: 'POST', body: String(i) }).then((r) => r.text())
    );
  } finally {
    for (const s of sockets) s.close();
  }
}
