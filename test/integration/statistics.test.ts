import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acknowledgeHelp,
  actOnTicket,
  callTicket,
  issueTicket,
  leaveWindow,
  pauseWindow,
  requestHelp,
  resumeWindow,
  takeWindow,
  transferTicket
} from '../../server/queue';
import { answerTicketSurvey } from '../../server/survey';
import { hallFigures, hallStatistics, liveHall, rollUpClosedDays, visitsOfDay } from '../../server/statistics';
import type { SessionUser } from '../../server/auth/sessions';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** Asia/Almaty is UTC+5. */
const at = (local: string) => new Date(`${local}+05:00`);

/**
 * The hall's statistics from real tickets run through the queue's own services (issue 23): a day
 * still open is computed from its tickets, a closed one read from its roll-up — the same figures —
 * and both hold to the rules' definition (hallFigures) and to the counts made by hand.
 */
describe.each(PROVIDERS)('hall statistics on %s', (provider) => {
  let h: Harness;
  let head: SessionUser;
  let A: Awaited<ReturnType<Harness['staffedWindow']>>;
  let B: Awaited<ReturnType<Harness['staffedWindow']>>;

  beforeAll(async () => {
    h = await startHarness(provider);
    head = await h.staff('head');
    A = await h.staffedWindow(61, [h.services.results, h.services.consultation]);
    B = await h.staffedWindow(62, [h.services.consultation, h.services.reception]);
    const step = async <T>(local: string, fn: () => Promise<T>) => {
      h.setNow(at(local));
      return fn();
    };
    const issue = (local: string, serviceId: number, language: 'kk' | 'ru') =>
      step(local, async () => (await issueTicket(h.ctx, { officeCode: 'demo', serviceId, language })).id);

    // Tuesday 24 November 2026.
    await step('2026-11-24T09:00:00', () => takeWindow(h.ctx, A.windowId, A.actor));
    await step('2026-11-24T09:00:00', () => takeWindow(h.ctx, B.windowId, B.actor));
    const t1 = await issue('2026-11-24T10:00:00', h.services.results, 'kk');
    const t2 = await issue('2026-11-24T10:01:00', h.services.consultation, 'ru');
    const t3 = await issue('2026-11-24T10:02:00', h.services.consultation, 'kk');
    await issue('2026-11-24T10:03:00', h.services.results, 'kk'); // never called: unserved
    // t3: called by B after 3 min, recalled, did not come.
    await step('2026-11-24T10:05:00', () => callTicket(h.ctx, B.windowId, t3, B.actor));
    await step('2026-11-24T10:06:00', () => actOnTicket(h.ctx, B.windowId, t3, 'recall', B.actor));
    await step('2026-11-24T10:08:00', () => actOnTicket(h.ctx, B.windowId, t3, 'noShow', B.actor));
    // t1: waited 12 min, served 7 from its start at A.
    await step('2026-11-24T10:12:00', () => callTicket(h.ctx, A.windowId, t1, A.actor));
    await step('2026-11-24T10:13:00', () => actOnTicket(h.ctx, A.windowId, t1, 'start', A.actor));
    await step('2026-11-24T10:20:00', () => actOnTicket(h.ctx, A.windowId, t1, 'finish', A.actor));
    // t2: first called at A after 24 min, sent to reception, served by B 5 min from its call there.
    await step('2026-11-24T10:25:00', () => callTicket(h.ctx, A.windowId, t2, A.actor));
    await step('2026-11-24T10:26:00', () =>
      transferTicket(h.ctx, A.windowId, t2, { serviceId: h.services.reception }, A.actor)
    );
    await step('2026-11-24T10:40:00', () => callTicket(h.ctx, B.windowId, t2, B.actor));
    await step('2026-11-24T10:45:00', () => actOnTicket(h.ctx, B.windowId, t2, 'finish', B.actor));
    // Wednesday 25 November, "today": one visit, waited 10, served 10.
    const t5 = await issue('2026-11-25T09:30:00', h.services.results, 'ru');
    await step('2026-11-25T09:40:00', () => callTicket(h.ctx, A.windowId, t5, A.actor));
    await step('2026-11-25T09:50:00', () => actOnTicket(h.ctx, A.windowId, t5, 'finish', A.actor));
  }, 60_000);
  afterAll(() => h?.close());

  const period = { from: '2026-11-24', to: '2026-11-25' };

  it('counts by hand: issued, served, no-show, transferred once, unserved; waits to the first call', async () => {
    h.setNow(at('2026-11-25T10:00:00'));
    const v = await hallStatistics(h.ctx, head, period);
    expect(v.figures.issued).toEqual({ total: 5, kiosk: 5, desk: 0, check_in: 0 });
    expect(v.figures).toMatchObject({ served: 3, noShow: 1, transferred: 1, unserved: 1, outOfTurn: 0 });
    expect(v.figures.languages).toEqual({ kk: 3, ru: 2 });
    // Waits 3, 10, 12, 24: the median is the 2nd, the 90th percentile the 4th.
    expect(v.figures.wait).toEqual({ n: 4, median: 10, p90: 24, max: 24 });
    // Service 7 (from its start), 5 (from the call after the transfer), 10.
    expect(v.figures.service).toEqual({ n: 3, median: 7, p90: 10, max: 10 });
    // Per window: A served t1 and t5; B served t2 and closed t3 as a no-show.
    const win = Object.fromEntries(v.byWindow.map((w) => [w.windowId, w.figures]));
    expect(win[A.windowId]).toMatchObject({ served: 2, noShow: 0 });
    expect(win[B.windowId]).toMatchObject({ served: 1, noShow: 1, transferred: 1 });
    expect(v.bySpecialist.find((s) => s.userId === B.actor.id)?.figures.served).toBe(1);
    expect(v.byDay.map((d) => [d.day, d.issued, d.served])).toEqual([
      ['2026-11-24', 4, 2],
      ['2026-11-25', 1, 1]
    ]);
    // Tuesday 10:xx: four arrivals; Wednesday 09:xx: one — in the office's hours, not UTC's.
    expect(v.heatMap[1][10]).toBe(4);
    expect(v.heatMap[2][9]).toBe(1);
    expect(v.byHour.map((x) => [x.hour, x.arrivals])).toEqual([
      [9, 1],
      [10, 4]
    ]);
    // Filtered by service: a visit counts under the service it ended in — results has t1, t4, t5.
    const results = await hallStatistics(h.ctx, head, { ...period, serviceId: h.services.results });
    expect(results.figures.issued.total).toBe(3);
  });

  it('holds to the rules’ definition, and a closed day read from its roll-up gives the same figures', async () => {
    h.setNow(at('2026-11-25T10:00:00'));
    const live = await hallStatistics(h.ctx, head, period);
    const visits = [
      ...(await visitsOfDay(h.db, h.office.id, '2026-11-24')),
      ...(await visitsOfDay(h.db, h.office.id, '2026-11-25'))
    ];
    expect(live.figures).toEqual(hallFigures(visits));
    // 24 November still has a ticket waiting and is yesterday: not rolled up yet.
    expect(await h.db.hallRollup.count()).toBe(0);

    h.setNow(at('2026-11-27T10:00:00'));
    const rolled = await hallStatistics(h.ctx, head, period);
    expect(await h.db.hallRollup.count()).toBe(2);
    const rolledAt = await h.db.hallRollup.findMany({ orderBy: { day: 'asc' } });
    expect(rolled.figures).toEqual(live.figures);
    expect(rolled.byWindow).toEqual(live.byWindow);
    expect(rolled.heatMap).toEqual(live.heatMap);
    // Read again, nothing is rolled twice.
    await hallStatistics(h.ctx, head, period);
    expect(await h.db.hallRollup.findMany({ orderBy: { day: 'asc' } })).toEqual(rolledAt);
  });

  it('refuses other roles, another office’s period limits and a period the wrong way round', async () => {
    const specialist = await h.staff('specialist');
    expect(await refusal(hallStatistics(h.ctx, specialist, period))).toBe('forbidden');
    expect(await refusal(hallStatistics(h.ctx, head, { from: '2026-11-25', to: '2026-11-24' }))).toBe('bad_request');
    expect(await refusal(hallStatistics(h.ctx, head, { from: '2024-01-01', to: '2026-11-24' }))).toBe('bad_request');
  });

  it('shows the hall now: waiting per service and the longest wait, windows calling or paused and since when', async () => {
    h.setNow(at('2026-11-25T11:00:00'));
    await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk' });
    h.setNow(at('2026-11-25T11:20:00'));
    await pauseWindow(h.ctx, B.windowId, B.actor, 'Түскі ас');
    const live = await liveHall(h.ctx, head);
    const consultation = live.services.find((s) => s.id === h.services.consultation)!;
    expect(consultation).toMatchObject({ waiting: 1, oldest: at('2026-11-25T11:00:00').toISOString() });
    const b = live.windows.find((w) => w.id === B.windowId)!;
    expect(b).toMatchObject({
      state: 'PAUSED',
      pauseReason: 'Түскі ас',
      since: at('2026-11-25T11:20:00').toISOString()
    });
    expect(live.warnMinutes).toBe(30);
    const specialist = await h.staff('specialist');
    expect(await refusal(liveHall(h.ctx, specialist))).toBe('forbidden');
  });

  it('adds up windows’ time and pauses by reason, help calls and ratings — a rating given after its day was rolled up too', async () => {
    const C = await h.staffedWindow(63, [h.services.results]);
    const step = async <T>(local: string, fn: () => Promise<T>) => {
      h.setNow(at(local));
      return fn();
    };
    // Thursday 26 November: C signed in 08:55, lunch 12:50–14:10 (across the office's lunch, in
    // Russian: the same preset), 20 minutes for a reason typed by hand, signed out 18:05.
    await step('2026-11-26T08:55:00', () => takeWindow(h.ctx, C.windowId, C.actor));
    const t6 = await step(
      '2026-11-26T10:30:00',
      async () => (await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'kk' })).id
    );
    const t7 = await step(
      '2026-11-26T11:00:00',
      async () => (await issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.results, language: 'ru' })).id
    );
    for (const [id, call] of [
      [t6, '10:31'],
      [t7, '11:05']
    ] as const) {
      await step(`2026-11-26T${call}:00`, () => callTicket(h.ctx, C.windowId, id, C.actor));
      await step(`2026-11-26T${call}:30`, () => actOnTicket(h.ctx, C.windowId, id, 'finish', C.actor));
    }
    await step('2026-11-26T12:50:00', () => pauseWindow(h.ctx, C.windowId, C.actor, 'Обеденный перерыв'));
    await step('2026-11-26T14:10:00', () => resumeWindow(h.ctx, C.windowId, C.actor));
    await step('2026-11-26T16:00:00', () => pauseWindow(h.ctx, C.windowId, C.actor, 'тіс дәрігеріне'));
    await step('2026-11-26T16:20:00', () => resumeWindow(h.ctx, C.windowId, C.actor));
    await step('2026-11-26T18:05:00', () => leaveWindow(h.ctx, C.windowId, C.actor));
    // Two calls for help: one answered in 45 seconds, one never.
    const help = await step('2026-11-26T10:00:00', () =>
      requestHelp(h.ctx, 'demo', { deviceId: null, language: 'kk' })
    );
    await step('2026-11-26T10:00:45', () => acknowledgeHelp(h.ctx, C.actor as unknown as SessionUser, help.id));
    await step('2026-11-26T15:00:00', () => requestHelp(h.ctx, 'demo', { deviceId: null, language: 'ru' }));
    // The first visitor rates the visit that evening.
    const token = async (id: number) => (await h.db.ticket.findUniqueOrThrow({ where: { id } })).token;
    await step('2026-11-26T19:00:00', async () =>
      answerTicketSurvey(h.ctx, await token(t6), { rating: 4, comment: 'Жақсы' })
    );

    const day = { from: '2026-11-26', to: '2026-11-26', windowId: C.windowId };
    const live = await hallStatistics(h.ctx, head, day);
    expect(live.windowTime.byWindow).toEqual([
      { windowId: C.windowId, openMinutes: 550, pausedMinutes: 100, pauses: 2 }
    ]);
    expect(live.windowTime.bySpecialist).toEqual([
      { userId: C.actor.id, openMinutes: 550, pausedMinutes: 100, pauses: 2 }
    ]);
    expect(live.windowTime.byReason.map((r) => [r.reason, r.pauses, r.minutes])).toEqual([
      ['Түскі үзіліс | Обеденный перерыв', 1, 80],
      ['', 1, 20]
    ]);
    expect(live.help).toEqual({ requests: 2, answered: 1, answer: { n: 1, median: 45, p90: 45, max: 45 } });
    expect(live.figures.satisfaction).toEqual({ n: 1, average: 4, counts: [0, 0, 0, 1, 0] });
    expect(live.comments).toEqual([
      expect.objectContaining({ rating: 4, comment: 'Жақсы', serviceId: h.services.results })
    ]);

    // Saturday the 28th: the 26th is rolled up; the second visitor rates it then, within the survey's days.
    const rolled = await step('2026-11-28T10:00:00', () => hallStatistics(h.ctx, head, day));
    expect(await h.db.hallRollup.count({ where: { day: '2026-11-26' } })).toBe(1);
    expect(rolled.windowTime).toEqual(live.windowTime);
    expect(rolled.figures).toEqual(live.figures);
    await step('2026-11-28T12:00:00', async () =>
      answerTicketSurvey(h.ctx, await token(t7), { rating: 5, comment: '' })
    );
    const later = await hallStatistics(h.ctx, head, day);
    expect(later.figures.satisfaction).toEqual({ n: 2, average: 4.5, counts: [0, 0, 0, 1, 1] });
    expect(later.bySpecialist.find((s) => s.userId === C.actor.id)?.figures.satisfaction.n).toBe(2);
  });

  it('rolls up the last week’s closed days in the background, once however often it runs', async () => {
    const now = at('2026-12-05T10:00:00');
    const first = await rollUpClosedDays(h.db, now);
    const week = { officeId: h.office.id, day: { gte: '2026-11-28', lte: '2026-12-04' } };
    expect(await h.db.hallRollup.count({ where: week })).toBe(7);
    expect(first).toBeGreaterThanOrEqual(7);
    expect(await rollUpClosedDays(h.db, now)).toBe(0);
  });
});
