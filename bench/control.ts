/**
 * Control of execution with 50,000 assignments (five years of an office): the register's
 * pages and filters, the head's dashboard and the weekly list, each against a floor measured
 * in the same run — the same rows read by the bare driver (better-sqlite3 or pg) with SQL.
 * Usage: npm run bench:control [-- --assignments 50000 --runs 15 --pg postgresql://…/postgres]
 */
import { performance } from 'node:perf_hooks';
import { arg, freshStore, time as measure } from './database';
import { Temporal } from 'temporal-polyfill';
import { deploy } from '../prisma/migrate';
import { seedCalendar } from '../prisma/calendar-kz';
import { seedDemo } from '../prisma/seed';
import { seedControlDemo } from '../prisma/seed-control';
import { seedReceptionDemo } from '../prisma/seed-reception';
import type { Role } from '../server/auth/roles';
import type { SessionUser } from '../server/auth/sessions';
import { controlReader } from '../server/control/access';
import { controlListFile } from '../server/control/documents';
import { closeRenderPool } from '../server/documents/render';
import { dashboard, listAssignments } from '../server/control/register';
import { createDb } from '../server/db/client';
import type { Ctx } from '../server/realtime/context';

const N = Number(arg('assignments', '50000'));
const RUNS = Number(arg('runs', '15'));
const PG = arg('pg', '');
const time = (fn: () => Promise<unknown>, runs = RUNS) => measure(fn, runs);

const store = await freshStore('bench-control', PG);
const db = await createDb(store.config);
try {
  await deploy(store.config);
  await seedCalendar(db);
  await seedDemo(db);
  await seedReceptionDemo(db);
  await seedControlDemo(db);
  const office = await db.office.findUniqueOrThrow({ where: { code: 'demo' } });
  const units = await db.unit.findMany({ where: { officeId: office.id } });
  const appeals = await db.user.findUniqueOrThrow({ where: { login: 'appeals' } });
  const today = Temporal.Now.plainDateISO(office.timeZone);

  // Five years of assignments, one a day-ish each: most removed long ago, the recent ones live.
  const t0 = performance.now();
  const categories = [null, 'urgent', 'short_term', 'medium_term'];
  for (let start = 0; start < N; start += 2000) {
    const rows = Array.from({ length: Math.min(2000, N - start) }, (_, k) => {
      const i = start + k;
      const given = today.subtract({ days: Math.floor(((N - i) / N) * 5 * 365) });
      const deadline = given.add({ days: 30 + (i % 20) });
      const info = i % 20 === 0;
      const old = Temporal.PlainDate.compare(deadline, today.subtract({ days: 20 })) < 0;
      const reported = old || i % 7 === 0;
      return {
        officeId: office.id,
        sourceKind: i % 3 ? 'MEETING_PROTOCOL' : 'APPEAL',
        issuer: i % 11 === 0 ? 'GOV_OFFICE' : 'AKIM',
        sourceRef: `№ ${1000 + i}`,
        sourceDate: given.toString(),
        number: String((i % 9) + 1),
        content: `Тапсырма ${i}: тұрғын үй мәселесін қарау және өтініш берушіге жауап беру (Ә Ғ Қ Ң Ө Ұ Ү Һ І)`,
        controllerId: appeals.id,
        category: categories[i % 4],
        givenOn: given.toString(),
        deadline: deadline.toString(),
        firstDeadline: deadline.toString(),
        onControl: !info,
        state: info ? 'INFO' : old ? 'REMOVED' : reported ? 'REPORTED' : 'OPEN',
        reportedOn: !info && reported ? deadline.subtract({ days: 2 }).toString() : null,
        removedOn: !info && old ? deadline.add({ days: 1 }).toString() : null,
        removalGround: !info && old ? 'EXECUTED' : null
      };
    });
    const made = await db.assignment.createManyAndReturn({ data: rows, select: { id: true, givenOn: true } });
    await db.assignmentExecutor.createMany({
      data: made.flatMap((a, k) => [
        { assignmentId: a.id, unitId: units[(start + k) % units.length].id, lead: true, receivedOn: a.givenOn },
        ...((start + k) % 3 === 0
          ? [
              {
                assignmentId: a.id,
                unitId: units[(start + k + 1) % units.length].id,
                lead: false,
                receivedOn: a.givenOn
              }
            ]
          : [])
      ])
    });
  }
  const live = await db.assignment.count({
    where: { officeId: office.id, state: { in: ['OPEN', 'REPORTED', 'REMOVAL_REQUESTED'] } }
  });
  console.log(`# Qabyldau control bench — ${store.config.provider}, node ${process.version}`);
  console.log(
    `${N} assignments (${live} live) written in ${((performance.now() - t0) / 1000).toFixed(1)} s; medians of ${RUNS} runs`
  );

  const ctx: Ctx = { db, now: () => new Date(), publish: () => {} };
  const user = (role: Role, login: string, id: number, unitId: number | null = null): SessionUser => ({
    id,
    login,
    fullName: login,
    role,
    officeId: office.id,
    officeIds: [office.id],
    locale: 'kk',
    unitId
  });
  const keeper = user('appeals', 'appeals', appeals.id);
  const reader = controlReader(keeper);
  const exec = await db.user.findUniqueOrThrow({ where: { login: 'executor' } });
  const executor = controlReader(user('executor', 'executor', exec.id, exec.unitId));

  // Floors: the first page of the register and the live rows, read by the bare driver.
  const pageSql = `SELECT a.*, e.lead, u."nameKk", u."nameRu", c."fullName", r.kind
    FROM (SELECT * FROM "Assignment" WHERE "officeId" = $1 AND state IN ('OPEN','REPORTED','REMOVAL_REQUESTED') ORDER BY deadline, id LIMIT 101) a
    JOIN "AssignmentExecutor" e ON e."assignmentId" = a.id JOIN "Unit" u ON u.id = e."unitId"
    LEFT JOIN "User" c ON c.id = a."controllerId" LEFT JOIN "ControlRequest" r ON r."assignmentId" = a.id AND r.state = 'PENDING'`;
  const liveSql = `SELECT a.id, a.number, a.content, a.deadline, a.state, a."reportedOn", e."unitId", e.lead
    FROM "Assignment" a JOIN "AssignmentExecutor" e ON e."assignmentId" = a.id
    WHERE a."officeId" = $1 AND a.state IN ('OPEN','REPORTED','REMOVAL_REQUESTED') ORDER BY a.deadline, a.id`;
  const pageFloor = await time(() => store.raw(pageSql, [office.id]));
  const liveFloor = await time(() => store.raw(liveSql, [office.id]));
  console.log(
    `floor: the register's first page by the bare driver (one SQL statement) ${pageFloor.toFixed(2)} ms; all live rows ${liveFloor.toFixed(2)} ms`
  );

  const line = (what: string, t: number, floor: number) =>
    console.log(`${what.padEnd(38)} ${t.toFixed(1).padStart(8)} ms   ×${(t / floor).toFixed(1)} of floor`);
  line('register, first page', await time(() => listAssignments(ctx, reader, {})), pageFloor);
  line('register, all states, page 1', await time(() => listAssignments(ctx, reader, { state: 'ALL' })), pageFloor);
  line(
    'register, all states, page 400',
    await time(() => listAssignments(ctx, reader, { state: 'ALL', page: 400 })),
    pageFloor
  );
  line(
    'register, removed, period of a year',
    await time(() =>
      listAssignments(ctx, reader, {
        state: 'REMOVED',
        from: today.subtract({ years: 2 }).toString(),
        to: today.subtract({ years: 1 }).toString()
      })
    ),
    pageFloor
  );
  line('register, light = red', await time(() => listAssignments(ctx, reader, { light: 'red' })), pageFloor);
  line('register, light = amber', await time(() => listAssignments(ctx, reader, { light: 'amber' })), pageFloor);
  line('register, light = green', await time(() => listAssignments(ctx, reader, { light: 'green' })), pageFloor);
  line('register, text search', await time(() => listAssignments(ctx, reader, { q: 'Тапсырма 4999' })), pageFloor);
  line('register, executor (own unit)', await time(() => listAssignments(ctx, executor, {})), pageFloor);
  line('dashboard', await time(() => dashboard(ctx, reader)), liveFloor);
  const week = {
    from: today.subtract({ days: today.dayOfWeek - 1 }).toString(),
    to: today.add({ days: 7 - today.dayOfWeek }).toString()
  };
  for (const format of ['xlsx', 'docx', 'pdf'] as const) {
    let rows = 0;
    const t = await time(
      async () => {
        rows = (await controlListFile(ctx, keeper, week, 'kk', format)).body.length;
      },
      Math.max(3, Math.floor(RUNS / 5))
    );
    line(`weekly list ${format} (${(rows / 1024).toFixed(0)} KiB)`, t, liveFloor);
  }
  // What the hall feels meanwhile: the longest event-loop stall while each list is built.
  for (const format of ['xlsx', 'docx', 'pdf'] as const) {
    const stall: string[] = [];
    for (const where of ['worker', 'main thread'] as const) {
      process.env.QABYLDAU_RENDER_THREADS = where === 'worker' ? '' : '0';
      await closeRenderPool();
      // The longest gap between ticks of a 2 ms timer (a blocked loop delays the next tick).
      let last = performance.now();
      let max = 0;
      const tick = setInterval(() => {
        const now = performance.now();
        max = Math.max(max, now - last);
        last = now;
      }, 2);
      await controlListFile(ctx, keeper, week, 'kk', format);
      await new Promise((r) => setTimeout(r, 20));
      clearInterval(tick);
      stall.push(`${where} ${max.toFixed(0)} ms`);
    }
    console.log(`event-loop stall while the ${format} list is built: ${stall.join(', ')}`);
  }
} finally {
  await closeRenderPool();
  await db.$disconnect();
  await store.close();
}
