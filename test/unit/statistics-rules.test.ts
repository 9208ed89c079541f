import { describe, expect, it } from 'vitest';
import { arrivalsHeatMap, daysOf, hallFigures, satisfactionOf, type Visit } from '../../server/statistics/rules/hall';
import {
  Dense,
  nearestRank,
  summarize,
  summarizeHistogram,
  toHistogram,
  toPairs
} from '../../server/statistics/rules/summary';
import { figuresOf, rollUp, type AttributedVisit } from '../../server/statistics/rules/rollup';
import { parsePausePresets } from '../../server/offices/rules/pause-presets';
import { reasonKey, windowDay, windowTime, type WindowEventType } from '../../server/statistics/rules/window-time';

/** Asia/Almaty is UTC+5: 09:00 local is 04:00Z. */
const at = (local: string) => new Date(`${local}+05:00`);

const visit = (over: Partial<Visit>): Visit => ({
  serviceDay: '2026-11-30',
  serviceId: 1,
  channel: 'kiosk',
  language: 'kk',
  outOfTurn: false,
  arrivedAt: at('2026-11-30T09:00:00'),
  firstCalledAt: null,
  calledAt: null,
  startedAt: null,
  finishedAt: null,
  status: 'WAITING',
  transferred: false,
  rating: null,
  ...over
});

describe('percentiles on small samples, nearest rank', () => {
  it('is a value that was measured, counted by hand', () => {
    expect(summarize([])).toEqual({ n: 0, median: null, p90: null, max: null });
    expect(summarize([7])).toEqual({ n: 1, median: 7, p90: 7, max: 7 });
    // 3 waits: the median is the 2nd (⌈1.5⌉), the 90th percentile the 3rd (⌈2.7⌉).
    expect(summarize([12, 3, 5])).toEqual({ n: 3, median: 5, p90: 12, max: 12 });
    // 10 values: median the 5th, p90 the 9th.
    expect(summarize([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toMatchObject({ median: 5, p90: 9, max: 10 });
    // 4 values: the median is the 2nd, not an average of the 2nd and 3rd.
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
  });
});

/** One Monday's visits, each of a kind the figures must count right. */
const day = [
  // Served: waited 10 min, served 6 min from its start.
  visit({
    firstCalledAt: at('2026-11-30T09:10:00'),
    calledAt: at('2026-11-30T09:10:00'),
    startedAt: at('2026-11-30T09:11:00'),
    finishedAt: at('2026-11-30T09:17:00'),
    status: 'DONE'
  }),
  // Transferred twice, then served: one visit, transferred once; its wait is to the first call,
  // its service from the last call, at the window that served it (09:40 → 09:50).
  visit({
    channel: 'desk',
    language: 'ru',
    firstCalledAt: at('2026-11-30T09:20:00'),
    calledAt: at('2026-11-30T09:40:00'),
    finishedAt: at('2026-11-30T09:50:00'),
    status: 'DONE',
    transferred: true
  }),
  // Called three times (recalled), then a no-show: one no-show, waited 30 min to the first call.
  visit({ firstCalledAt: at('2026-11-30T09:30:00'), calledAt: at('2026-11-30T09:35:00'), status: 'NO_SHOW' }),
  // Out of turn, checked in for an appointment: waited 2 min; finished without a separate start.
  visit({
    channel: 'check_in',
    outOfTurn: true,
    arrivedAt: at('2026-11-30T17:58:00'),
    firstCalledAt: at('2026-11-30T18:00:00'),
    calledAt: at('2026-11-30T18:00:00'),
    finishedAt: at('2026-11-30T18:05:00'),
    status: 'DONE'
  }),
  // Taken at 23:50 and called after midnight: it belongs to the day it was taken.
  visit({
    arrivedAt: at('2026-11-30T23:50:00'),
    firstCalledAt: at('2026-12-01T00:10:00'),
    calledAt: at('2026-12-01T00:10:00'),
    status: 'CALLED'
  }),
  // Still waiting when the day ended.
  visit({ language: 'ru', arrivedAt: at('2026-11-30T17:59:00') })
];

describe('the hall’s figures for a day, hand-counted', () => {
  it('counts each visit once, by how it was taken and how it ended', () => {
    const f = hallFigures(day);
    expect(f.issued).toEqual({ total: 6, kiosk: 4, desk: 1, check_in: 1 });
    expect(f.served).toBe(3);
    expect(f.noShow).toBe(1);
    expect(f.transferred).toBe(1);
    expect(f.unserved).toBe(2);
    expect(f.outOfTurn).toBe(1);
    expect(f.languages).toEqual({ kk: 4, ru: 2 });
  });

  it('measures waits to the first call and service from its start, in minutes', () => {
    const f = hallFigures(day);
    // Waits of the called: 10, 20, 30, 2, 20 → sorted 2, 10, 20, 20, 30.
    expect(f.wait).toEqual({ n: 5, median: 20, p90: 30, max: 30 });
    expect(f.waitOutOfTurn).toEqual({ n: 1, median: 2, p90: 2, max: 2 });
    // Service of the served: 6 (from its start), 10 and 5 (from the last call) → 5, 6, 10.
    expect(f.service).toEqual({ n: 3, median: 6, p90: 10, max: 10 });
  });

  it('puts arrivals on the office’s weekday and hour, not UTC’s', () => {
    const map = arrivalsHeatMap(day, 'Asia/Almaty');
    // 30 November 2026 is a Monday: three arrivals at 09:xx, two at 17:xx, one at 23:50.
    expect(map[0][9]).toBe(3);
    expect(map[0][17]).toBe(2);
    expect(map[0][23]).toBe(1);
    expect(map.flat().reduce((a, b) => a + b, 0)).toBe(6);
    // In UTC the 09:00 arrivals would have been at 04:00.
    expect(map[0][4]).toBe(0);
  });

  it('takes a period as the office’s days, both ends included', () => {
    expect(daysOf('2026-11-29', '2026-12-01')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
    expect(daysOf('2026-12-01', '2026-11-30')).toEqual([]);
  });
});

describe('a day’s roll-up gives exactly the figures of its visits', () => {
  it('sums histograms to the same nearest-rank percentiles as the minutes themselves', () => {
    const values = [7, 3, 3, 12, 45, 0, 9, 9, 9, 21, 2];
    expect(summarizeHistogram(toHistogram(values))).toEqual(summarize(values));
    expect(summarizeHistogram({})).toEqual(summarize([]));
    // The dense tally a view adds rows into, in two halves: the same figures.
    const dense = new Dense();
    dense.add(toPairs(toHistogram(values.slice(0, 5))));
    dense.add(toPairs(toHistogram(values.slice(5))));
    expect(dense.summary()).toEqual(summarize(values));
    expect(new Dense().summary()).toEqual(summarize([]));
  });

  it('on a generated month of three windows, two specialists each, two services: any grouping adds up', () => {
    // A small deterministic generator: the same sample every run.
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const visits: AttributedVisit[] = [];
    for (let d = 1; d <= 30; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}`;
      for (let i = 0; i < 40; i++) {
        const arrivedAt = at(
          `${day}T${String(9 + Math.floor(rnd() * 9)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00`
        );
        const called = rnd() < 0.9 ? new Date(arrivedAt.getTime() + Math.floor(rnd() * 3_600_000)) : null;
        const ending = rnd();
        const status = !called ? 'WAITING' : ending < 0.1 ? 'NO_SHOW' : ending < 0.15 ? 'SERVING' : 'DONE';
        const windowId = called ? 1 + Math.floor(rnd() * 3) : 0;
        visits.push({
          ...visit({ serviceDay: day, arrivedAt }),
          serviceId: 1 + Math.floor(rnd() * 2),
          channel: rnd() < 0.8 ? 'kiosk' : rnd() < 0.5 ? 'desk' : 'check_in',
          language: rnd() < 0.6 ? 'kk' : 'ru',
          outOfTurn: rnd() < 0.1,
          firstCalledAt: called,
          calledAt: called && rnd() < 0.2 ? new Date(called.getTime() + 300_000) : called,
          startedAt: called && rnd() < 0.5 ? new Date(called.getTime() + 60_000) : null,
          finishedAt: status === 'DONE' ? new Date(called!.getTime() + 90_000 + Math.floor(rnd() * 1_800_000)) : null,
          status,
          transferred: rnd() < 0.05,
          rating: status === 'DONE' && rnd() < 0.3 ? 1 + Math.floor(rnd() * 5) : null,
          windowId,
          userId: windowId ? windowId * 10 + (rnd() < 0.5 ? 1 : 2) : 0
        });
      }
    }
    const rows = [...new Set(visits.map((v) => v.serviceDay))].flatMap(
      (day) =>
        rollUp(
          visits.filter((v) => v.serviceDay === day),
          'Asia/Almaty'
        ).days
    );
    expect(figuresOf(rows)).toEqual(hallFigures(visits));
    // Per service and per specialist, as the views group them.
    for (const serviceId of [1, 2])
      expect(figuresOf(rows.filter((r) => r.serviceId === serviceId))).toEqual(
        hallFigures(visits.filter((v) => v.serviceId === serviceId))
      );
    expect(figuresOf(rows.filter((r) => r.userId === 21))).toEqual(hallFigures(visits.filter((v) => v.userId === 21)));
    // Arrivals by hour add up to the heat map's.
    const hours = rollUp(visits, 'Asia/Almaty').hours;
    const map = arrivalsHeatMap(visits, 'Asia/Almaty');
    for (let h = 0; h < 24; h++)
      expect(hours.filter((r) => r.hour === h).reduce((s, r) => s + r.arrivals, 0)).toBe(
        map.reduce((s, w) => s + w[h], 0)
      );
  });

  it('keeps the fixture’s hand-counted figures', () => {
    const attributed = day.map((v) => ({ ...v, windowId: v.firstCalledAt ? 1 : 0, userId: v.firstCalledAt ? 7 : 0 }));
    expect(figuresOf(rollUp(attributed, 'Asia/Almaty').days)).toEqual(hallFigures(day));
  });
});

describe('windows’ time and pauses, counted by hand', () => {
  const PRESETS = ['Түскі үзіліс | Обеденный перерыв', 'Қысқа үзіліс | Короткий перерыв'];
  const presets = parsePausePresets(PRESETS.join('\n'));
  const bounds = {
    day: [at('2026-11-30T00:00:00'), at('2026-12-01T00:00:00')] as [Date, Date],
    opens: at('2026-11-30T09:00:00'),
    closes: at('2026-11-30T18:30:00')
  };
  const e = (windowId: number, userId: number, type: WindowEventType, clock: string, reason?: string) => ({
    windowId,
    userId,
    type,
    at: at(`2026-11-30T${clock}:00`),
    reason
  });

  it('a pause across lunch is one pause; a window open before the day counts from opening; a shift hands over', () => {
    const rows = windowDay(
      [
        // Window 1: 08:50–18:05, a pause 12:50–14:10 named in Russian.
        e(1, 7, 'window.opened', '08:50'),
        e(1, 7, 'window.paused', '12:50', 'обеденный перерыв'),
        e(1, 7, 'window.resumed', '14:10'),
        e(1, 7, 'window.closed', '18:05'),
        // Window 2: open since yesterday; a pause for a reason typed; never closed.
        e(2, 8, 'window.paused', '10:00', 'банкке бару'),
        e(2, 8, 'window.resumed', '10:15'),
        // Window 3: the morning shift leaves at 13:00, the afternoon's signs in at 14:00 and out at 18:00.
        e(3, 9, 'window.opened', '08:55'),
        e(3, 9, 'window.closed', '13:00'),
        e(3, 10, 'window.opened', '14:00'),
        e(3, 10, 'window.paused', '17:50', 'Қысқа үзіліс')
      ],
      bounds,
      presets
    );
    const of = (w: number, u: number) => rows.find((r) => r.windowId === w && r.userId === u);
    expect(of(1, 7)).toEqual({ windowId: 1, userId: 7, openMinutes: 555, pauses: { [PRESETS[0]]: { 80: 1 } } });
    expect(of(2, 8)).toEqual({ windowId: 2, userId: 8, openMinutes: 570, pauses: { '': { 15: 1 } } });
    expect(of(3, 9)?.openMinutes).toBe(245);
    // Paused at 17:50 and never resumed: the pause and the window end at closing, 18:30.
    expect(of(3, 10)).toEqual({ windowId: 3, userId: 10, openMinutes: 270, pauses: { [PRESETS[1]]: { 40: 1 } } });

    const t = windowTime(
      rows.map((r) => ({
        ...r,
        pauses: Object.fromEntries(Object.entries(r.pauses).map(([k, h]) => [k, toPairs(h)]))
      }))
    );
    expect(t.byWindow.find((w) => w.windowId === 3)).toEqual({
      windowId: 3,
      openMinutes: 515,
      pausedMinutes: 40,
      pauses: 1
    });
    expect(t.byReason.map((r) => [r.reason, r.pauses, r.minutes])).toEqual([
      [PRESETS[0], 1, 80],
      [PRESETS[1], 1, 40],
      ['', 1, 15]
    ]);
  });

  it('names a pause by the office’s preset in either language, and a typed reason as other', () => {
    expect(reasonKey('Короткий перерыв', presets)).toBe(PRESETS[1]);
    expect(reasonKey(' түскі ҮЗІЛІС ', presets)).toBe(PRESETS[0]);
    expect(reasonKey('Дәрігерге', presets)).toBe('');
    expect(reasonKey(undefined, presets)).toBe('');
  });

  it('ratings: how many gave each, and their mean to one decimal', () => {
    expect(satisfactionOf([0, 0, 1, 2, 1])).toEqual({ n: 4, average: 4, counts: [0, 0, 1, 2, 1] });
    expect(satisfactionOf([1, 0, 0, 0, 2])).toEqual({ n: 3, average: 3.7, counts: [1, 0, 0, 0, 2] });
    expect(satisfactionOf([0, 0, 0, 0, 0]).average).toBeNull();
  });
});
