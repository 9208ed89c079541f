import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { io, type Socket } from 'socket.io-client';
import type { BoardSnapshot, QueueEvent, SubscribeReply } from '../../server/realtime/contract';
import { sqliteFiles, startOwnServer, type OwnServer } from './own-server';

/**
 * kill -9 during a load of ticket issues and calls (SIGKILL: no handler runs, as with a power
 * cut). Every answered ticket and call is in the database afterwards, no number repeats,
 * numbering continues after a restart, and a board resynchronises without a gap.
 */
const PORT = 3232;
const db = sqliteFiles('e2e-kill');
let server: OwnServer;
test.afterAll(async () => server?.stop());

async function post(
  path: string,
  body: unknown,
  cookie = ''
): Promise<{ status: number; data: Record<string, unknown> }> {
  const res = await fetch(`${server.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body)
  });
  return { status: res.status, data: (await res.json()) as Record<string, unknown> };
}

async function board(): Promise<{ socket: Socket; events: QueueEvent[]; snapshot: BoardSnapshot }> {
  const socket = io(server.base, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500
  });
  const events: QueueEvent[] = [];
  socket.on('queue:event', (e: QueueEvent) => events.push(e));
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const reply = (await socket.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
  if (!reply.ok) throw new Error(reply.error);
  return { socket, events, snapshot: reply.snapshot };
}

test('nothing answered is lost when the server is killed during a load', async () => {
  test.setTimeout(120_000);
  server = await startOwnServer({ port: PORT, databaseUrl: db.url, demo: true, fresh: db.files });
  const login = await fetch(`${server.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'specialist', password: 'qabyldau' })
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  expect((await post('/api/v1/windows/1/take', {}, cookie)).status).toBe(200);
  const hall = await board();

  // Eight kiosks issue with idempotency keys; window 1 calls and finishes; all until the kill.
  const issued = new Map<string, string>(); // key → code, for answered requests
  const unanswered: string[] = [];
  const called: number[] = [];
  let alive = true;
  const kiosk = async (k: number) => {
    for (let i = 0; alive; i++) {
      const key = `kill-k${k}-${i}-xxxxxxxx`;
      try {
        const r = await post('/api/v1/offices/demo/tickets', {
          serviceId: 1 + (k % 2),
          language: 'kk',
          idempotencyKey: key
        });
        if (r.status === 200 || r.status === 201) issued.set(key, (r.data.ticket as { code: string }).code);
      } catch {
        unanswered.push(key);
        return;
      }
    }
  };
  const window = async () => {
    while (alive) {
      try {
        const r = await post('/api/v1/windows/1/call-next', {}, cookie);
        if (r.status !== 200) continue;
        const id = (r.data.ticket as { id: number }).id;
        called.push(id);
        await post('/api/v1/windows/1/finish', { ticketId: id }, cookie);
      } catch {
        return;
      }
    }
  };
  const load = Promise.all([...Array.from({ length: 8 }, (_, k) => kiosk(k)), window()]);
  await new Promise((r) => setTimeout(r, 2500));
  await server.kill();
  alive = false;
  await load;
  const lastSeen = Math.max(...hall.events.map((e) => e.seq));
  expect(issued.size).toBeGreaterThan(50);
  expect(called.length).toBeGreaterThan(3);

  // Straight from the file, before anything restarts: every answered ticket and call is there.
  // (Read-write: opening recovers the WAL the killed process left, as the next start would.)
  const file = new Database(db.files[0]);
  const rows = file
    .prepare(`SELECT "idempotencyKey" AS key, code, status, number, "serviceId", "serviceDay" FROM "Ticket"`)
    .all() as Array<{
    key: string;
    code: string;
    status: string;
    number: number;
    serviceId: number;
    serviceDay: string;
  }>;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const [key, code] of issued) expect(byKey.get(key)?.code, key).toBe(code);
  const statusById = new Map(
    (file.prepare(`SELECT id, status FROM "Ticket"`).all() as Array<{ id: number; status: string }>).map((r) => [
      r.id,
      r.status
    ])
  );
  for (const id of called) expect(['CALLED', 'DONE']).toContain(statusById.get(id));
  // No number repeats and none is skipped: each service's numbers of the day are exactly 1…n (the
  // demo's past days have their own).
  const today = byKey.get([...issued.keys()][0])!.serviceDay;
  for (const serviceId of [1, 2]) {
    const numbers = rows
      .filter((r) => r.serviceId === serviceId && r.serviceDay === today)
      .map((r) => r.number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  }
  // The event record has no gap either, and the board saw nothing the file does not hold.
  const seqs = (file.prepare(`SELECT seq FROM "TicketEvent" ORDER BY seq`).all() as Array<{ seq: number }>).map(
    (r) => r.seq
  );
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  expect(seqs.at(-1)).toBeGreaterThanOrEqual(lastSeen);
  file.close();

  // Restart on the same file: the kiosk's unanswered requests are retried with their keys.
  server = await startOwnServer({ port: PORT, databaseUrl: db.url, demo: true });
  const before = rows.length;
  for (const key of unanswered) {
    const k = Number(key.split('-')[1].slice(1));
    const r = await post('/api/v1/offices/demo/tickets', {
      serviceId: 1 + (k % 2),
      language: 'kk',
      idempotencyKey: key
    });
    expect([200, 201]).toContain(r.status);
    if (byKey.has(key)) expect((r.data.ticket as { code: string }).code).toBe(byKey.get(key)!.code);
  }
  // Numbering continues where it stopped.
  const reread = new Database(db.files[0], { readonly: true });
  const top = (
    reread.prepare(`SELECT max(number) AS n FROM "Ticket" WHERE "serviceId" = 1 AND "serviceDay" = ?`).get(today) as {
      n: number;
    }
  ).n;
  reread.close();
  expect(top).toBeGreaterThanOrEqual(
    Math.max(...rows.filter((r) => r.serviceId === 1 && r.serviceDay === today).map((r) => r.number))
  );
  const next = await post('/api/v1/offices/demo/tickets', { serviceId: 1, language: 'ru' });
  expect((next.data.ticket as { code: string }).code).toBe(`А-${String(top + 1).padStart(3, '0')}`);

  // The board that was connected reconnects by itself and asks for a fresh snapshot on its gap;
  // a new board's snapshot continues the same sequence.
  const fresh = await board();
  expect(fresh.snapshot.seq).toBeGreaterThanOrEqual(seqs.at(-1)! + 1);
  await expect.poll(() => hall.socket.connected, { timeout: 10_000 }).toBe(true);
  const resync = (await hall.socket.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
  expect(resync.ok && resync.snapshot.seq).toBe(fresh.snapshot.seq);
  expect(before).toBeGreaterThan(50);
  hall.socket.close();
  fresh.socket.close();
});
