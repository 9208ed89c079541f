import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { Server } from 'socket.io';
import type { AddressLimitSettings } from '../../server/realtime/rules/rate';
import { io as connect, type Socket } from 'socket.io-client';
import { deploy } from '../../prisma/migrate';
import { seedCalendar } from '../../prisma/calendar-kz';
import { seedDemo } from '../../prisma/seed';
import { hashPassword } from '../../server/auth/passwords';
import type { Role } from '../../server/auth/roles';
import type { SessionUser } from '../../server/auth/sessions';
import { createDb } from '../../server/db/client';
import { DomainError } from '../../server/shared/errors';
import type { DbConfig, Provider } from '../../server/db/config';
import { attachRealtime, publisher } from '../../server/realtime/attach';
import { boardSnapshot } from '../../server/board/snapshot';
import type { QueueEvent } from '../../server/realtime/contract';
import type { Ctx } from '../../server/realtime/context';

/** SQLite always; PostgreSQL too when TEST_PG_URL names a server (CI starts one). */
export const PROVIDERS: Provider[] = ['sqlite', ...(process.env.TEST_PG_URL ? (['postgresql'] as const) : [])];

export async function freshDatabase(provider: Provider): Promise<{ config: DbConfig; drop: () => Promise<void> }> {
  const name = `q_${randomBytes(6).toString('hex')}`;
  if (provider === 'sqlite') {
    const file = join(tmpdir(), `${name}.db`);
    return { config: { provider, url: `file:${file}` }, drop: async () => rmSync(file, { force: true }) };
  }
  const admin = process.env.TEST_PG_URL!;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { config: { provider, url: url.toString() }, drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A real database (migrated, demo seeded), a real socket.io server, and the services' context. */
export async function startHarness(provider: Provider, opts: { socketLimits?: AddressLimitSettings } = {}) {
  const { config, drop } = await freshDatabase(provider);
  await deploy(config);
  const db = await createDb(config);
  await seedCalendar(db);
  await seedDemo(db);
  const httpServer = createServer();
  const io = new Server(httpServer);
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  const port = (httpServer.address() as AddressInfo).port;
  let now: Date | null = null;
  const ctx: Ctx = { db, now: () => now ?? new Date(), publish: publisher(() => io) };
  attachRealtime(io, ctx, boardSnapshot, opts.socketLimits);
  const sockets: Socket[] = [];
  const office = await db.office.findUniqueOrThrow({ where: { code: 'demo' } });
  const services = Object.fromEntries(
    (await db.service.findMany({ where: { officeId: office.id } })).map((s) => [s.code, s.id])
  );

  return {
    ctx,
    db,
    /** The database's connection, for child processes (a second server, a restart). */
    config,
    office,
    /** Service ids by the demo's codes: results (А), consultation (Б), reception (В). */
    services,
    setNow: (d: Date | null) => (now = d),
    /** A socket.io client connected to this server (`headers`: what a proxy in front would add). */
    async client(headers?: Record<string, string>): Promise<Socket> {
      const s = connect(`http://127.0.0.1:${port}`, {
        transports: ['websocket'],
        forceNew: true,
        extraHeaders: headers
      });
      sockets.push(s);
      await new Promise<void>((resolve, reject) => {
        s.once('connect', () => resolve());
        s.once('connect_error', reject);
      });
      return s;
    },
    /** A signed-in-able specialist at a new window serving the given services. */
    async staffedWindow(number: number, serviceIds: number[]) {
      const user = await db.user.create({
        data: {
          login: `w${number}-${randomBytes(3).toString('hex')}`,
          fullName: `Test ${number}`,
          role: 'specialist',
          passwordHash: await hashPassword('x'),
          officeId: office.id
        }
      });
      const window = await db.window.create({
        data: { officeId: office.id, number, services: { create: serviceIds.map((serviceId) => ({ serviceId })) } }
      });
      return { actor: { id: user.id, role: 'specialist', officeIds: [office.id] }, windowId: window.id };
    },
    /** A staff member of an office (the demo one by default), as a signed-in session sees them. */
    async staff(role: Role, officeId: number = office.id, unitId: number | null = null): Promise<SessionUser> {
      const login = `${role}-${randomBytes(4).toString('hex')}`;
      const u = await db.user.create({
        data: { login, fullName: `Test ${role}`, role, passwordHash: 'x', officeId, unitId }
      });
      return { id: u.id, login, fullName: u.fullName, role, officeId, officeIds: [officeId], locale: 'kk', unitId };
    },
    async close() {
      for (const s of sockets) s.close();
      io.close();
      await new Promise((r) => httpServer.close(r));
      await db.$disconnect();
      await drop();
    }
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** The code of the domain refusal a call ends in; fails if it succeeds. */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
}

/** Resolves with the next events of a kind on a socket. */
export function nextEvents(
  s: Socket,
  count: number,
  filter: (e: QueueEvent) => boolean = () => true
): Promise<QueueEvent[]> {
  return new Promise((resolve, reject) => {
    const got: QueueEvent[] = [];
    const timer = setTimeout(() => reject(new Error(`timed out with ${got.length}/${count} events`)), 10_000);
    const on = (e: QueueEvent) => {
      if (!filter(e)) return;
      got.push(e);
      if (got.length === count) {
        clearTimeout(timer);
        s.off('queue:event', on);
        resolve(got);
      }
    };
    s.on('queue:event', on);
  });
}
