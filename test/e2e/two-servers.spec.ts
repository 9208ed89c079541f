import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import type { QueueEvent, SubscribeReply } from '../../server/realtime/contract';
import { startOwnServer, type OwnServer } from './own-server';

/**
 * Two server processes on one PostgreSQL database (server/realtime/cluster.ts): a call made on one
 * reaches a board on the other, both boards see one gap-free sequence whichever process made the
 * change, and an admin change on one reaches the tickets the other issues.
 */
const admin = process.env.TEST_PG_URL;
test.skip(!admin, 'needs TEST_PG_URL (CI starts a PostgreSQL server)');

const name = `q2_${randomBytes(5).toString('hex')}`;
const servers: OwnServer[] = [];
const sockets: Socket[] = [];
const adminQuery = async (sql: string) => {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(sql);
  await c.end();
};
test.afterAll(async () => {
  for (const s of sockets) s.close();
  for (const s of servers) await s.stop();
  if (admin) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

async function call(base: string, method: string, path: string, body?: unknown, cookie = '') {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const data = (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- any answer of the API
  expect(res.status, `${method} ${path}: ${JSON.stringify(data)}`).toBeLessThan(300);
  return { data, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

async function board(base: string): Promise<{ events: QueueEvent[]; seq: number }> {
  const s = io(base, { transports: ['websocket'], forceNew: true });
  sockets.push(s);
  await new Promise<void>((r) => s.once('connect', () => r()));
  const events: QueueEvent[] = [];
  s.on('queue:event', (e: QueueEvent) => events.push(e));
  const reply = (await s.emitWithAck('office:subscribe', { office: 'demo' })) as SubscribeReply;
  if (!reply.ok) throw new Error(reply.error);
  return { events, seq: reply.snapshot.seq };
}

test('two processes on one PostgreSQL: boards on either see every change in one gap-free sequence; admin changes reach both', async () => {
  test.setTimeout(180_000);
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(admin!);
  url.pathname = `/${name}`;
  // One after the other: the first applies the migrations and seeds the demo.
  servers.push(await startOwnServer({ port: 3234, databaseUrl: url.toString(), demo: true }));
  servers.push(await startOwnServer({ port: 3235, databaseUrl: url.toString(), demo: true }));
  const [a, b] = servers.map((s) => s.base);

  const onA = await board(a);
  const onB = await board(b);
  expect(onB.seq).toBe(onA.seq);
  const specialist = (await call(a, 'POST', '/api/v1/auth/login', { login: 'specialist', password: 'qabyldau' }))
    .cookie;
  await call(a, 'POST', '/api/v1/windows/1/take', {}, specialist);

  // Tickets issued on both processes, called on A.
  for (let i = 0; i < 6; i++)
    await call(i % 2 ? a : b, 'POST', '/api/v1/offices/demo/tickets', {
      serviceId: 1,
      language: 'kk',
      idempotencyKey: `two-servers-${i}`
    });
  const called = await call(a, 'POST', '/api/v1/windows/1/call-next', {}, specialist);
  await call(a, 'POST', '/api/v1/windows/1/finish', { ticketId: called.data.ticket.id }, specialist);

  const expected = 1 + 6 + 2; // window opened, six tickets, call, finish
  await expect.poll(() => onB.events.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(expected);
  await expect.poll(() => onA.events.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(expected);
  for (const { events, seq } of [onA, onB]) {
    const seqs = events.map((e) => e.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seq + 1 + i));
    expect(events.some((e) => e.type === 'ticket.called' && e.ticket?.code === called.data.ticket.code)).toBe(true);
  }

  // The administrator renames a service on A; B's next ticket carries the new name at once.
  const adminCookie = (await call(a, 'POST', '/api/v1/auth/login', { login: 'admin', password: 'qabyldau' })).cookie;
  const data = (await call(a, 'GET', '/api/v1/admin', undefined, adminCookie)).data;
  const { id, ...service } = data.services.find((s: { id: number }) => s.id === 1);
  expect(
    (await call(b, 'POST', '/api/v1/offices/demo/tickets', { serviceId: 1, language: 'kk' })).data.ticket.service.nameKk
  ).toBe(service.nameKk);
  await call(a, 'PUT', `/api/v1/admin/services/${id}`, { ...service, nameKk: 'Нәтиже (жаңа)' }, adminCookie);
  await expect
    .poll(
      async () =>
        (await call(b, 'POST', '/api/v1/offices/demo/tickets', { serviceId: 1, language: 'kk' })).data.ticket.service
          .nameKk,
      { timeout: 5_000 }
    )
    .toBe('Нәтиже (жаңа)');
});
