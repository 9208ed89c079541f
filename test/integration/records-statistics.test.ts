import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/auth/sessions';
import { controlStatistics, receptionStatistics } from '../../server/statistics';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/**
 * Personal reception's and control's statistics on both databases (issue 23): rows laid down by
 * hand, counted by hand, read through the views the pages and the API call, for their roles only.
 */
describe.each(PROVIDERS)('reception and control statistics on %s', (provider) => {
  let h: Harness;
  let head: SessionUser;
  let appeals: SessionUser;
  let admin: SessionUser;
  const ids = { o1: 0, o2: 0, u1: 0, u2: 0 };

  beforeAll(async () => {
    h = await startHarness(provider);
    head = await h.staff('head');
    appeals = await h.staff('appeals');
    admin = await h.staff('admin');
    h.setNow(new Date('2026-11-25T10:00:00+05:00')); // Wednesday 25 November, Almaty
    const officeId = h.office.id;
    const db = h.db;
    const official = (fullName: string) =>
      db.official.create({
        data: { officeId, fullName, positionKk: 'Әкім орынбасары', positionRu: 'Заместитель акима' }
      });
    ids.o1 = (await official('Сәрсенов Қайрат Әбенұлы')).id;
    ids.o2 = (await official('Өмірова Гүлнар Жанатқызы')).id;
    const schedule = await db.receptionSchedule.create({ data: { officeId, month: '2026-11', state: 'PUBLISHED' } });
    const session = (officialId: number, date: string, extra: object = {}) =>
      db.receptionSession.create({
        data: { officeId, scheduleId: schedule.id, officialId, date, startsAt: '10:00', endsAt: '12:00', ...extra }
      });
    const held = await session(ids.o1, '2026-11-10');
    const later = await session(ids.o1, '2026-11-26'); // planned
    await session(ids.o1, '2026-11-12', { status: 'CANCELLED', movedToId: later.id }); // moved
    await session(ids.o2, '2026-11-11', { status: 'CANCELLED', cancelReason: 'іссапар' }); // cancelled
    await session(ids.o2, '2026-10-30'); // before the period

    let number = 0;
    const application = (registeredOn: string, extra: object = {}) =>
      db.application.create({
        data: {
          officeId,
          year: 2026,
          number: ++number,
          surname: 'Әлиев',
          givenName: 'Нұрлан',
          iin: '900101300123',
          language: 'kk',
          channel: 'PAPER',
          receivedAt: new Date(`${registeredOn}T09:00:00+05:00`),
          registeredOn,
          substance: 'Жер учаскесі',
          requestedOfficialId: ids.o1,
          ...extra
        }
      });
    // Received at the held session, answered the next day: on time.
    await application('2026-11-02', {
      state: 'RECEIVED',
      sessionId: held.id,
      slotTime: '10:00',
      answeredOn: '2026-11-03',
      channel: 'EOTINISH'
    });
    await application('2026-11-02', { state: 'REVIEW' }); // 15 working days passed by the 25th: overdue
    await application('2026-11-24', { state: 'REGISTERED' }); // pending
    await application('2026-11-05', { state: 'WITHDRAWN' }); // owes no answer
    await application('2026-11-06', { state: 'REVIEW', requestedOfficialId: ids.o2 }); // the other official's: pending
    await application('2026-10-20', { state: 'REVIEW' }); // before the period

    // Control: two units; what became of five assignments.
    const unit = (nameKk: string, nameRu: string) => db.unit.create({ data: { officeId, nameKk, nameRu } });
    ids.u1 = (await unit('Құрылыс бөлімі', 'Отдел строительства')).id;
    ids.u2 = (await unit('Білім бөлімі', 'Отдел образования')).id;
    const assignment = (unitId: number, n: string, extra: object) =>
      db.assignment.create({
        data: {
          officeId,
          sourceKind: 'ACT',
          issuer: 'AKIM',
          sourceRef: '12-р',
          sourceDate: '2026-10-01',
          number: n,
          content: `Тапсырма ${n}`,
          givenOn: '2026-10-01',
          deadline: '2026-11-16',
          firstDeadline: '2026-11-16',
          ...extra,
          executors: { create: [{ unitId, lead: true, receivedOn: '2026-10-01' }] }
        }
      });
    await assignment(ids.u1, '1', { state: 'REPORTED', reportedOn: '2026-11-13' }); // on time
    await assignment(ids.u1, '2', { deadline: '2026-11-20', firstDeadline: '2026-11-10', extensions: 1 }); // overdue, extended
    await assignment(ids.u1, '3', { state: 'INFO', onControl: false }); // for information: not counted
    await assignment(ids.u2, '4', { deadline: '2026-12-10' }); // in work
    await assignment(ids.u2, '5', { state: 'REMOVED', reportedOn: '2026-11-18', removedOn: '2026-11-19' }); // late, removed
  }, 60_000);
  afterAll(() => h?.close());

  const period = { from: '2026-11-01', to: '2026-11-30' };

  it('counts sessions per official and the answers to applicants as they stand today', async () => {
    const v = await receptionStatistics(h.ctx, appeals, period);
    expect(v.sessions).toEqual({ held: 1, planned: 1, cancelled: 1, moved: 1 });
    expect(v.sessionsByOfficial).toEqual([
      { officialId: ids.o1, held: 1, planned: 1, cancelled: 0, moved: 1 },
      { officialId: ids.o2, held: 0, planned: 0, cancelled: 1, moved: 0 }
    ]);
    expect(v.registered).toBe(5);
    // The 2 November review is overdue (its 15th working day was the 23rd); 6 November's runs to the 27th.
    expect(v.answers).toEqual({ on_time: 1, late: 0, overdue: 1, pending: 2 });
    expect(v.byChannel).toEqual({ EOTINISH: 1, PAPER: 4 });
    expect(v.byState).toMatchObject({ RECEIVED: 1, REVIEW: 2, REGISTERED: 1, WITHDRAWN: 1 });
    // 003 ¶40 per official: the sessions not cancelled, the one applicant received.
    expect(v.rooms.find((r) => r.officialId === ids.o1)).toMatchObject({ sessions: 2, applicants: 1 });

    const one = await receptionStatistics(h.ctx, head, { ...period, officialId: ids.o2 });
    expect(one.registered).toBe(1);
    expect(one.sessions).toEqual({ held: 0, planned: 0, cancelled: 1, moved: 0 });
  });

  it('counts control by unit, source and month of the deadline, with each unit’s overdue list', async () => {
    const v = await controlStatistics(h.ctx, head, period);
    expect(v.total).toEqual({ total: 4, removed: 1, onTime: 1, late: 1, inWork: 1, overdue: 1, extended: 1 });
    expect(v.byUnit.find((u) => u.unitId === ids.u1)).toMatchObject({ total: 2, onTime: 1, overdue: 1 });
    expect(v.bySource).toEqual([{ issuer: 'AKIM', ...v.total }]);
    expect(v.byMonth.map((m) => [m.month, m.total])).toEqual([['2026-11', 3]]);
    expect(v.byState).toEqual({ REPORTED: 1, OPEN: 2, REMOVED: 1 });
    expect(v.overdue).toEqual([
      {
        unitId: ids.u1,
        items: [
          {
            id: expect.any(Number),
            number: '2',
            sourceRef: '12-р',
            content: 'Тапсырма 2',
            deadline: '2026-11-20',
            days: 5
          }
        ]
      }
    ]);
    const u2 = await controlStatistics(h.ctx, appeals, { ...period, unitId: ids.u2 });
    expect(u2.total).toMatchObject({ total: 2, inWork: 1, late: 1, removed: 1 });
    expect(u2.overdue).toEqual([]);
  });

  it('are the head’s and the appeals department’s only; a reversed period is refused', async () => {
    expect(await refusal(receptionStatistics(h.ctx, admin, period))).toBe('forbidden');
    expect(await refusal(controlStatistics(h.ctx, await h.staff('specialist'), period))).toBe('forbidden');
    expect(await refusal(controlStatistics(h.ctx, head, { from: '2026-11-30', to: '2026-11-01' }))).toBe('bad_request');
  });
});
