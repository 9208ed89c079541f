/**
 * The hall's statistics on a year of a busy hall (issue 23): ~500,000 tickets, 20 windows, 40
 * specialists in two shifts. Seeds the year as the demo's history is seeded (tickets and events as
 * the queue writes them, then each closed day rolled up), then times each view against a floor
 * measured in the same run — the year's roll-ups read by the bare driver (better-sqlite3 or pg) with
 * one SQL statement and their JSON parsed: the least any view of the year must do.
 * Usage: npm run bench:stats [-- --scale 15 --runs 15 --pg postgresql://…/postgres]
 */
import { performance } from 'node:perf_hooks';
import { arg, freshStore, time as measure } from './database';
import { Temporal } from 'temporal-polyfill';
import { deploy } from '../prisma/migrate';
import { seedCalendar } from '../prisma/calendar-kz';
import { seedDemo } from '../prisma/seed';
import { seedHallHistory } from '../prisma/seed-history';
import type { SessionUser } from '../server/auth/sessions';
import { createDb } from '../server/db/client';
import type { Ctx } from '../server/realtime/context';
import { hallStatistics } from '../server/statistics';

const SCALE = Number(arg('scale', '15'));
const RUNS = Number(arg('runs', '15'));
const PG = arg('pg', '');
const time = (fn: () => Promise<unknown>, runs = RUNS) => measure(fn, runs);

const store = await freshStore('bench-stats', PG);
const db = await createDb(store.config);
try {
  await deploy(store.config);
  await seedCalendar(db);
  await seedDemo(db);
  const office = await db.office.findUniqueOrThrow({ where: { code: 'demo' } });
  const services = await db.service.findMany({ where: { officeId: office.id } });
  // A busy hall: 20 windows (the demo's four and sixteen more), 40 specialists.
  for (let n = 6; n <= 21; n++)
    await db.window.create({
      data: {
        officeId: office.id,
        number: n,
        services: { create: services.filter((_, k) => (n + k) % 3 !== 0).map((s) => ({ serviceId: s.id })) }
      }
    });
  for (let k = 5; k <= 40; k++)
    await db.user.create({
      data: { login: `bench${k}`, fullName: `Маман ${k}`, role: 'specialist', passwordHash: 'x', officeId: office.id }
    });

  const t0 = performance.now();
  await seedHallHistory(db, new Date(), { days: 365, scale: SCALE });
  const tickets = await db.ticket.count();
  const rows = await db.hallRollup.count();
  console.log(`# Qabyldau statistics bench — ${store.config.provider}, node ${process.version}`);
  console.log(
    `${tickets} tickets over a year, ${await db.window.count()} windows, ${await db.user.count({ where: { role: 'specialist' } })} specialists; seeded and rolled up in ${((performance.now() - t0) / 1000).toFixed(0)} s (${rows} day rows); medians of ${RUNS} runs`
  );

  const head = await db.user.findFirstOrThrow({ where: { login: 'head' } });
  const user: SessionUser = {
    id: head.id,
    login: 'head',
    fullName: head.fullName,
    role: 'head',
    officeId: office.id,
    officeIds: [office.id],
    locale: 'kk',
    unitId: null
  };
  const ctx: Ctx = { db, now: () => new Date(), publish: () => {} };
  const today = Temporal.Now.plainDateISO(office.timeZone);
  const ago = (days: number) => today.subtract({ days }).toString();
  const yesterday = ago(1);

  const floorSql = `SELECT * FROM "HallRollup" WHERE "officeId" = $1 AND "day" >= $2 AND "day" <= $3`;
  const floor = await time(async () => {
    for (const r of (await store.raw(floorSql, [office.id, ago(365), yesterday])) as Array<{ data: string }>)
      JSON.parse(r.data);
  });
  console.log(`floor: the year's roll-ups by the bare driver (one SQL statement), JSON parsed ${floor.toFixed(2)} ms`);
  const line = (what: string, t: number) =>
    console.log(`${what.padEnd(40)} ${t.toFixed(1).padStart(8)} ms   ×${(t / floor).toFixed(1)} of floor`);
  const view = (q: Parameters<typeof hallStatistics>[2]) => () => hallStatistics(ctx, user, q);
  line('a year', await time(view({ from: ago(365), to: yesterday })));
  line('a year, one service', await time(view({ from: ago(365), to: yesterday, serviceId: services[1].id })));
  const win = await db.window.findFirstOrThrow({ where: { officeId: office.id, number: 7 } });
  line('a year, one window', await time(view({ from: ago(365), to: yesterday, windowId: win.id })));
  line('a quarter', await time(view({ from: ago(91), to: yesterday })));
  line('a month', await time(view({ from: ago(30), to: yesterday })));
  line('a week', await time(view({ from: ago(7), to: yesterday })));
} finally {
  await db.$disconnect();
  await store.close();
}
