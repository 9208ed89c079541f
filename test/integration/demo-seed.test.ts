import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReceptionDemo } from '../../prisma/seed-reception';
import { seedControlDemo } from '../../prisma/seed-control';
import { controlReader } from '../../server/control/access';
import { listAssignments } from '../../server/control/register';
import { sweepReminders } from '../../server/control/reminders';
import { listNotifications } from '../../server/control/notifications';
import type { SessionUser } from '../../server/auth/sessions';
import { boardSnapshot } from '../../server/board/snapshot';
import { publicSchedule } from '../../server/reception/public-schedule';
import { instantAt, localDay } from '../../server/shared/time';
import { Temporal } from 'temporal-polyfill';
import { PROVIDERS, startHarness, type Harness } from './harness';

/** Today in the demo office at the given clock time: the seed's result must not hang on the hour CI runs. */
function todayAt(hhmm: string): Date {
  const zone = 'Asia/Almaty';
  const [h, m] = hhmm.split(':').map(Number);
  return instantAt(Temporal.PlainDate.from(localDay(new Date(), zone)), h * 60 + m, zone);
}

/** The demo (`npm start`) shows personal reception at once: made through the services themselves. */
describe.each(PROVIDERS)('reception demo data on %s', (provider) => {
  let h: Harness;
  const now = todayAt('10:05');
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());

  it('seeds officials, a published schedule with a session today and a dozen applications in every state, once', async () => {
    expect(await seedReceptionDemo(h.db, now)).toBe(true);
    expect(await seedReceptionDemo(h.db, now)).toBe(false);
    expect(await h.db.official.count()).toBe(3);
    const states = Object.fromEntries(
      (await h.db.application.groupBy({ by: ['state'], _count: { _all: true } })).map((g) => [g.state, g._count._all])
    );
    expect(states).toMatchObject({
      SCHEDULED: 3,
      REFUSED: 1,
      FORWARDED: 1,
      HEARING: 1,
      RETURNED: 1,
      WITHDRAWN: 1,
      REGISTERED: 2,
      NOT_CONSIDERED: 1
    });
    expect(await h.db.application.count({ where: { extensionKind: 'LETTER' } })).toBe(1);

    const schedule = await publicSchedule(h.db, 'demo', now);
    const today = schedule.sessions.filter((s) => s.date === schedule.today);
    expect(today.length).toBeGreaterThan(0);
    expect(schedule.sessions.length).toBeGreaterThan(8);
    // Two applicants booked today; the public view names officials only.
    const booked = await h.db.application.count({ where: { state: 'SCHEDULED', session: { date: schedule.today } } });
    expect(booked).toBe(2);
    const board = await boardSnapshot(h.db, 'demo', now);
    expect(board.reception.length).toBe(today.length);
    expect(JSON.stringify([schedule, board])).not.toMatch(/Жақсыбекова|Сейітқали|Иванов|iin|phone|substance/);
  });

  it('seeds control of execution: a signed protocol, one waiting, assignments in every state and light, a bell with reminders', async () => {
    expect(await seedControlDemo(h.db, now)).toBe(true);
    expect(await seedControlDemo(h.db, now)).toBe(false);
    const states = Object.fromEntries(
      (await h.db.assignment.groupBy({ by: ['state'], _count: { _all: true } })).map((g) => [g.state, g._count._all])
    );
    expect(states).toMatchObject({ OPEN: 6, REMOVAL_REQUESTED: 1, REMOVED: 1, INFO: 1 });
    expect(await h.db.assignment.count({ where: { extensions: 1 } })).toBe(1);
    expect(await h.db.protocol.count({ where: { state: 'SIGNED' } })).toBe(1);
    expect(await h.db.unit.count()).toBe(3);
    const head = await h.db.user.findUniqueOrThrow({ where: { login: 'head' } });
    const user: SessionUser = {
      id: head.id,
      login: 'head',
      fullName: head.fullName,
      role: 'head',
      officeId: head.officeId,
      officeIds: [head.officeId!],
      locale: 'kk',
      unitId: null
    };
    const ctx = { ...h.ctx, now: () => now };
    const lights = (await listAssignments(ctx, controlReader(user), { state: 'ALL' })).items.map((a) => a.light);
    for (const light of ['green', 'amber', 'red', null]) expect(lights).toContain(light);
    await sweepReminders(ctx);
    expect((await listNotifications(ctx, user)).unread).toBeGreaterThan(0);
    const exec = await h.db.user.findUniqueOrThrow({ where: { login: 'executor' } });
    expect(
      (await listNotifications(ctx, { ...user, id: exec.id, role: 'executor', unitId: exec.unitId })).items.map(
        (n) => n.kind
      )
    ).toContain('OVERDUE');
  });
});

describe('reception demo data started late in the day', () => {
  let h: Harness;
  afterAll(() => h?.close());

  it('still has the two applicants of today, booked that morning, when no slot of today is left now', async () => {
    h = await startHarness('sqlite');
    const now = todayAt('23:45');
    expect(await seedReceptionDemo(h.db, now)).toBe(true);
    const today = localDay(now, 'Asia/Almaty');
    const booked = await h.db.application.findMany({
      where: { state: 'SCHEDULED', session: { date: today } },
      select: { slotTime: true }
    });
    expect(booked.map((a) => a.slotTime).sort()).toEqual(['08:00', '08:30']);
  });
});
