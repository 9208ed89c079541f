import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { KZ_CALENDAR } from '../../prisma/calendar-kz';
import { WorkingCalendar, type CalendarEntry } from '../../server/calendar/rules/calendar';
import { isIsoDate } from '../../server/shared/time';
import { issuingState, nextOpening, type OfficeHours } from '../../server/offices/rules/hours';

/** The seeded official calendar 2025–2027 on the five-day week. */
const KZ = new WorkingCalendar(Object.values(KZ_CALENDAR).flat());
const dow = (d: string) => Temporal.PlainDate.from(d).dayOfWeek;

describe('the seeded calendar of Kazakhstan', () => {
  it.each([
    // date, working?, why, named after
    ['2026-01-01', false, 'holiday', 'Новый год'],
    ['2026-01-07', false, 'holiday', 'Православное Рождество'],
    ['2026-01-05', true, 'weekday', null],
    ['2026-03-09', false, 'moved_holiday', 'Международный женский день'], // 8 March was a Sunday
    ['2026-03-23', false, 'holiday', 'Наурыз мейрамы'],
    ['2026-03-24', false, 'moved_holiday', 'Наурыз мейрамы'], // for Saturday 21 March
    ['2026-03-25', false, 'moved_holiday', 'Наурыз мейрамы'], // for Sunday 22 March
    ['2026-03-26', true, 'weekday', null],
    ['2026-05-11', false, 'moved_holiday', 'День Победы'], // 9 May was a Saturday
    ['2026-05-27', false, 'holiday', 'Первый день Курбан айта'],
    ['2026-08-31', true, 'weekday', null], // 30 August is no longer a holiday from 2026
    ['2026-10-26', false, 'moved_holiday', 'День Республики'],
    ['2025-01-03', false, 'day_off', 'Выходной день (перенесён с 5 января)'], // decreed transfer
    ['2025-01-05', true, 'working_day', 'Рабочий день (за 3 января)'], // a Sunday made working
    ['2025-03-24', false, 'moved_holiday', 'Наурыз мейрамы'],
    ['2025-03-25', false, 'moved_holiday', 'Наурыз мейрамы'],
    ['2025-09-01', false, 'moved_holiday', 'День Конституции'],
    ['2027-01-04', false, 'moved_holiday', 'Новый год'], // 2 January 2027 is a Saturday
    ['2027-03-15', false, 'holiday', 'День Конституции'], // the new date from 2027
    ['2027-03-24', false, 'moved_holiday', 'Наурыз мейрамы'], // Sunday 21 March, after 22–23
    ['2027-05-03', false, 'moved_holiday', 'Праздник единства народа Казахстана'],
    ['2027-05-10', false, 'moved_holiday', 'День Победы'],
    ['2027-05-16', false, 'holiday', 'Первый день Курбан айта'], // a Sunday…
    ['2027-05-17', true, 'weekday', null] // …and Kurban Ait does not move
  ] as const)('%s: working=%s (%s)', (date, working, why, name) => {
    const s = KZ.status(date);
    expect(s.working).toBe(working);
    expect(s.why).toBe(why);
    const named = s.why === 'moved_holiday' ? s.movedFrom : 'entry' in s ? s.entry : undefined;
    expect(named?.nameRu ?? null).toBe(name);
  });

  it('gives January 2026 19 working days, as the published calendar does', () => {
    const january = KZ.year(2026).filter((d) => d.date.startsWith('2026-01-'));
    expect(january.filter((d) => d.working)).toHaveLength(19);
  });

  it('counts the working days of 2025 and 2026', () => {
    // Independent count: weekdays minus the non-working weekdays listed by hand.
    const offWeekdays: Record<number, string[]> = {
      2025: [
        '01-01',
        '01-02',
        '01-03',
        '01-07',
        '03-10',
        '03-21',
        '03-24',
        '03-25',
        '05-01',
        '05-07',
        '05-09',
        '06-06',
        '07-07',
        '09-01',
        '10-27',
        '12-16'
      ],
      2026: [
        '01-01',
        '01-02',
        '01-07',
        '03-09',
        '03-23',
        '03-24',
        '03-25',
        '05-01',
        '05-07',
        '05-11',
        '05-27',
        '07-06',
        '10-26',
        '12-16'
      ]
    };
    const extraWorking: Record<number, number> = { 2025: 1, 2026: 0 }; // Sunday 5 January 2025
    for (const year of [2025, 2026]) {
      let weekdays = 0;
      for (let d = Temporal.PlainDate.from({ year, month: 1, day: 1 }); d.year === year; d = d.add({ days: 1 }))
        if (d.dayOfWeek <= 5) weekdays++;
      for (const md of offWeekdays[year]) expect(dow(`${year}-${md}`)).toBeLessThanOrEqual(5);
      expect(KZ.year(year).filter((d) => d.working)).toHaveLength(
        weekdays - offWeekdays[year].length + extraWorking[year]
      );
    }
  });
});

describe('the rules of the calendar', () => {
  const holiday = (date: string, nameRu: string, movesIfWeekend = true): CalendarEntry => ({
    date,
    kind: 'HOLIDAY',
    nameKk: nameRu,
    nameRu,
    movesIfWeekend
  });

  it('moves the day off of a weekend holiday, but not of Orthodox Christmas or Kurban Ait', () => {
    // 7 January 2029 is a Sunday; a test calendar with Christmas and a Sunday Kurban Ait.
    expect(dow('2029-01-07')).toBe(7);
    const cal = new WorkingCalendar([
      holiday('2029-01-07', 'Рождество', false),
      holiday('2029-01-06', 'Суббота-праздник')
    ]);
    expect(cal.isWorkingDay('2029-01-08')).toBe(false); // the Saturday holiday moved here
    expect(cal.status('2029-01-08')).toMatchObject({ why: 'moved_holiday', movedFrom: { nameRu: 'Суббота-праздник' } });
    expect(cal.isWorkingDay('2029-01-09')).toBe(true); // Christmas did not move
  });

  it('lets a decree override the plain rule: the day off placed elsewhere', () => {
    // A Sunday holiday whose day off a decree put on the Friday before instead of the Monday.
    expect(dow('2026-10-25')).toBe(7);
    const decreed = new WorkingCalendar([
      holiday('2026-10-25', 'День Республики', false),
      { date: '2026-10-23', kind: 'DAY_OFF', nameKk: 'x', nameRu: 'перенос', movesIfWeekend: false }
    ]);
    expect(decreed.isWorkingDay('2026-10-23')).toBe(false);
    expect(decreed.isWorkingDay('2026-10-26')).toBe(true);
  });

  it('skips days that have their own entry when moving a day off', () => {
    // Saturday holiday; Monday already a decreed day off → the moved day off lands on Tuesday.
    const cal = new WorkingCalendar([
      holiday('2026-05-09', 'День Победы'),
      { date: '2026-05-11', kind: 'DAY_OFF', nameKk: 'x', nameRu: 'перенос', movesIfWeekend: false }
    ]);
    expect(cal.status('2026-05-11').why).toBe('day_off');
    expect(cal.status('2026-05-12').why).toBe('moved_holiday');
  });

  it('moves relative to the week: on a six-day week a Saturday holiday is just a day off', () => {
    const six = new WorkingCalendar(KZ_CALENDAR[2026], [1, 2, 3, 4, 5, 6]);
    expect(six.isWorkingDay('2026-05-09')).toBe(false); // Victory Day, a Saturday
    expect(six.isWorkingDay('2026-05-11')).toBe(true); // nothing moves to Monday
    expect(six.isWorkingDay('2026-03-21')).toBe(false); // Nauryz Saturday: a holiday
    expect(six.isWorkingDay('2026-03-24')).toBe(false); // for Sunday 22 March
    expect(six.isWorkingDay('2026-03-25')).toBe(true);
  });

  it('on a seven-day hall, holidays close it and nothing moves', () => {
    const seven = new WorkingCalendar(KZ_CALENDAR[2026], [1, 2, 3, 4, 5, 6, 7]);
    expect(['2026-03-21', '2026-03-22', '2026-03-23'].map((d) => seven.isWorkingDay(d))).toEqual([false, false, false]);
    expect(seven.isWorkingDay('2026-03-24')).toBe(true);
  });

  it('refuses a week with no working day and dates that do not exist', () => {
    expect(() => new WorkingCalendar([], [])).toThrow();
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2026-13-01', '2026-1-1', '2026-04-31', 20260101])
      expect(isIsoDate(bad)).toBe(false);
  });
});

describe('working-day arithmetic', () => {
  it.each([
    // from, n, expected — the n-th working day after (from not counted)
    ['2026-03-20', 1, '2026-03-26'], // Friday → past the weekend and three Nauryz days off
    ['2026-03-16', 15, '2026-04-09'],
    ['2025-12-24', 15, '2026-01-19'], // across the year end, New Year and Christmas
    ['2026-03-21', 1, '2026-03-26'], // from a Saturday
    ['2026-03-20', 0, '2026-03-20'],
    ['2028-02-28', 1, '2028-02-29'], // leap day is a Tuesday
    ['2024-12-31', 2, '2025-01-06'] // 1–3 January off, 4 Saturday, 5 a working Sunday
  ] as const)('%s + %d working days = %s', (from, n, expected) => {
    expect(KZ.addWorkingDays(from, n).toString()).toBe(expected);
    if (n > 0) expect(KZ.workingDaysBetween(from, expected)).toBe(n);
  });

  it.each([
    ['2026-03-26', 1, '2026-03-20'],
    ['2026-03-27', 5, '2026-03-17'],
    ['2026-01-05', 2, '2025-12-30'], // back across the year end
    ['2026-01-08', 2, '2026-01-05'] // Christmas skipped
  ] as const)('%s − %d working days = %s', (from, n, expected) => {
    expect(KZ.subtractWorkingDays(from, n).toString()).toBe(expected);
  });

  it('rolls a non-working day forward or back to a working day', () => {
    expect(KZ.onOrAfter('2026-03-21').toString()).toBe('2026-03-26');
    expect(KZ.onOrAfter('2026-03-20').toString()).toBe('2026-03-20');
    expect(KZ.onOrBefore('2026-03-25').toString()).toBe('2026-03-20');
    expect(KZ.workingDaysBetween('2026-03-26', '2026-03-20')).toBe(-1);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => KZ.addWorkingDays('2026-03-20', -1)).toThrow();
    expect(() => KZ.subtractWorkingDays('2026-03-20', 1.5)).toThrow();
  });
});

describe('the kiosk on the calendar', () => {
  const hours: OfficeHours = {
    timeZone: 'Asia/Almaty',
    workDays: [1, 2, 3, 4, 5],
    opensAt: '09:00',
    closesAt: '18:30',
    lunchStart: '13:00',
    lunchEnd: '14:30',
    lastTicketMinutes: 15
  };
  const rule = (d: Temporal.PlainDate) => KZ.isWorkingDay(d);
  const almaty = (local: string) =>
    new Date(Temporal.PlainDateTime.from(local).toZonedDateTime('Asia/Almaty').epochMilliseconds);

  it('issues nothing on a public holiday or a moved day off, and says it opens after them', () => {
    for (const day of ['2026-03-23', '2026-03-24', '2026-03-25']) {
      const s = issuingState(almaty(`${day}T10:00`), hours, rule);
      expect(s).toMatchObject({ open: false, reason: 'day_off' });
      expect(!s.open && s.opensAt?.toISOString()).toBe(almaty('2026-03-26T09:00').toISOString());
    }
  });

  it('after hours on the eve of a holiday run, opens next after the run', () => {
    expect(nextOpening(almaty('2026-03-20T18:20'), hours, rule)?.toISOString()).toBe(
      almaty('2026-03-26T09:00').toISOString()
    );
    expect(nextOpening(almaty('2025-12-31T19:00'), hours, rule)?.toISOString()).toBe(
      almaty('2026-01-05T09:00').toISOString()
    );
  });

  it('opens on a Sunday made a working day', () => {
    expect(issuingState(almaty('2025-01-05T10:00'), hours, rule).open).toBe(true);
    expect(nextOpening(almaty('2025-01-02T10:00'), hours, rule)?.toISOString()).toBe(
      almaty('2025-01-05T09:00').toISOString()
    );
  });
});
