import { describe, expect, it } from 'vitest';
import { arrivalsHeatMap, daysOf, hallFigures, type Visit } from '../../server/statistics/rules/hall';
import { nearestRank, summarize } from '../../server/statistics/rules/summary';

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
  startedAt: null,
  finishedAt: null,
  status: 'WAITING',
  transferred: false,
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

describe('the hall’s figures for a day, hand-counted', () => {
  const day = [
    // Served: waited 10 min, served 6 min from its start.
    visit({
      firstCalledAt: at('2026-11-30T09:10:00'),
      startedAt: at('2026-11-30T09:11:00'),
      finishedAt: at('2026-11-30T09:17:00'),
      status: 'DONE'
    }),
    // Transferred twice, then served: one visit, transferred once; its wait is to the first call.
    visit({
      channel: 'desk',
      language: 'ru',
      firstCalledAt: at('2026-11-30T09:20:00'),
      finishedAt: at('2026-11-30T09:50:00'),
      status: 'DONE',
      transferred: true
    }),
    // Called three times (recalled), then a no-show: one no-show, waited 30 min to the first call.
    visit({ firstCalledAt: at('2026-11-30T09:30:00'), status: 'NO_SHOW' }),
    // Out of turn, checked in for an appointment: waited 2 min; finished without a separate start.
    visit({
      channel: 'check_in',
      outOfTurn: true,
      arrivedAt: at('2026-11-30T17:58:00'),
      firstCalledAt: at('2026-11-30T18:00:00'),
      finishedAt: at('2026-11-30T18:05:00'),
      status: 'DONE'
    }),
    // Taken at 23:50 and called after midnight: it belongs to the day it was taken.
    visit({
      arrivedAt: at('2026-11-30T23:50:00'),
      firstCalledAt: at('2026-12-01T00:10:00'),
      status: 'CALLED'
    }),
    // Still waiting when the day ended.
    visit({ language: 'ru', arrivedAt: at('2026-11-30T17:59:00') })
  ];

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
    // Service of the served: 6 (from its start), 30 and 5 (from the call) → 5, 6, 30.
    expect(f.service).toEqual({ n: 3, median: 6, p90: 30, max: 30 });
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
