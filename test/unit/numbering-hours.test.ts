import { describe, expect, it } from 'vitest';
import { issuingState, nextOpening, type OfficeHours } from '../../server/offices/rules/hours';
import { ticketCode } from '../../server/queue/rules/numbering';
import { isPrefix, prefixesLookAlike } from '../../server/offices/rules/prefixes';
import { localDay, parseClock } from '../../server/shared/time';
import { averageServiceMinutes, estimateWaitMinutes } from '../../server/queue/rules/wait';

describe('ticket numbers', () => {
  it.each([
    ['А', 1, 'А-001'],
    ['Қ', 42, 'Қ-042'],
    ['R', 999, 'R-999'],
    ['ВГ', 1000, 'ВГ-1000']
  ] as const)('%s + %d = %s', (p, n, code) => expect(ticketCode(p, n)).toBe(code));

  it('accepts one to three capital letters, Cyrillic (Kazakh letters too) or Latin', () => {
    for (const good of ['А', 'Б', 'ВГ', 'Қ', 'ӘҒҚ', 'Һ', 'R', 'ABC', 'Ё']) expect(isPrefix(good), good).toBe(true);
    for (const bad of ['', 'а', 'r', 'ABCD', 'АБВГ', 'R1', 'R-', ' ', 'А Б', '★', 'Å'])
      expect(isPrefix(bad), bad).toBe(false);
  });

  it('tells when two prefixes would read the same on a board', () => {
    expect(prefixesLookAlike('A', 'А')).toBe(true);
    expect(prefixesLookAlike('PC', 'РС')).toBe(true);
    expect(prefixesLookAlike('А', 'А')).toBe(true);
    expect(prefixesLookAlike('А', 'Ә')).toBe(false);
    expect(prefixesLookAlike('Б', 'B')).toBe(false);
  });

  it('takes the day in the office time zone (Asia/Almaty, UTC+5)', () => {
    expect(localDay(new Date('2026-11-21T18:59:59Z'), 'Asia/Almaty')).toBe('2026-11-21');
    expect(localDay(new Date('2026-11-21T19:00:00Z'), 'Asia/Almaty')).toBe('2026-11-22');
    expect(localDay(new Date('2026-12-31T19:00:00Z'), 'Asia/Almaty')).toBe('2027-01-01');
  });

  it('parses clock times and refuses nonsense', () => {
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('24:00')).toBe(1440);
    for (const bad of ['9:00', '24:01', '12:60', 'noon']) expect(() => parseClock(bad)).toThrow();
  });
});

const standard: OfficeHours = {
  timeZone: 'Asia/Almaty',
  workDays: [1, 2, 3, 4, 5],
  opensAt: '09:00',
  closesAt: '18:30',
  lunchStart: '13:00',
  lunchEnd: '14:30',
  lastTicketMinutes: 15
};
// Local Almaty time → UTC: subtract 5 hours. 2026-11-23 is a Monday.
const local = (iso: string) => new Date(new Date(`${iso}Z`).getTime() - 5 * 3600_000);

describe('issuing hours (SPEC 1.5)', () => {
  it.each([
    ['2026-11-23T08:59:00', false, 'before_hours', '2026-11-23T09:00:00'],
    ['2026-11-23T09:00:00', true, null, null],
    ['2026-11-23T12:59:00', true, null, null],
    ['2026-11-23T13:00:00', false, 'lunch', '2026-11-23T14:30:00'],
    ['2026-11-23T14:30:00', true, null, null],
    ['2026-11-23T18:14:00', true, null, null],
    ['2026-11-23T18:15:00', false, 'after_hours', '2026-11-24T09:00:00'],
    ['2026-11-27T18:20:00', false, 'after_hours', '2026-11-30T09:00:00'],
    ['2026-11-28T11:00:00', false, 'day_off', '2026-11-30T09:00:00'],
    ['2026-11-29T23:59:00', false, 'day_off', '2026-11-30T09:00:00']
  ] as const)('at %s local: open=%s (%s), opens %s', (when, open, reason, opens) => {
    const s = issuingState(local(when), standard);
    expect(s.open).toBe(open);
    if (!s.open) {
      expect(s.reason).toBe(reason);
      expect(s.opensAt?.toISOString()).toBe(local(opens!).toISOString());
    }
  });

  it('lets a holiday calendar close a weekday and names the next working day', () => {
    const holiday = (d: { toString(): string; dayOfWeek: number }) => d.dayOfWeek <= 5 && d.toString() !== '2026-12-16';
    const s = issuingState(local('2026-12-16T10:00:00'), standard, holiday);
    expect(s.open).toBe(false);
    if (!s.open) expect(s.opensAt?.toISOString()).toBe(local('2026-12-17T09:00:00').toISOString());
  });

  it('keeps a round-the-clock office always open', () => {
    const always: OfficeHours = {
      ...standard,
      workDays: [1, 2, 3, 4, 5, 6, 7],
      opensAt: '00:00',
      closesAt: '24:00',
      lunchStart: null,
      lunchEnd: null,
      lastTicketMinutes: 0
    };
    for (const t of ['2026-11-28T00:00:00', '2026-11-28T23:59:59', '2026-11-29T12:00:00'])
      expect(issuingState(local(t), always).open).toBe(true);
  });

  it('has no next opening when nothing is ever open', () => {
    expect(nextOpening(local('2026-11-23T10:00:00'), { ...standard, workDays: [] })).toBeNull();
  });
});

describe('estimated wait', () => {
  it('shares the people ahead between the open windows', () => {
    expect(estimateWaitMinutes(0, 10, 1)).toBe(0);
    expect(estimateWaitMinutes(3, 10, 1)).toBe(30);
    expect(estimateWaitMinutes(3, 10, 2)).toBe(15);
    expect(estimateWaitMinutes(1, 7, 0)).toBe(7); // no window open yet: count one
  });

  it("uses today's real service times once there are enough", () => {
    const t = (a: string, b: string) => ({
      calledAt: new Date(`2026-11-23T${a}Z`),
      finishedAt: new Date(`2026-11-23T${b}Z`)
    });
    expect(averageServiceMinutes([t('04:00:00', '04:04:00')], 10)).toBe(10);
    expect(
      averageServiceMinutes([t('04:00:00', '04:04:00'), t('04:10:00', '04:16:00'), t('04:20:00', '04:25:00')], 10)
    ).toBe(5);
  });
});
