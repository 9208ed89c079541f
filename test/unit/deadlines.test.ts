import { describe, expect, it } from 'vitest';
import { KZ_CALENDAR } from '../../prisma/calendar-kz';
import { WorkingCalendar } from '../../server/calendar/rules/calendar';
import {
  absenceNoticeDue,
  addMonths,
  answerDue,
  controlDates,
  controlDeadline,
  deadlineSheet,
  extendedByDecisionDue,
  extendedByLetterDue,
  extensionNoticeDue,
  extensionVerdict,
  finalListDue,
  finalListDueBy,
  fitsCategory,
  hearingNoticeDue,
  officeToday,
  otherBodiesNoticeDue,
  referenceNoteDue,
  registrationDate,
  trafficLight,
  type ControlCategory
} from '../../server/calendar/rules/deadlines';

const KZ = new WorkingCalendar(Object.values(KZ_CALENDAR).flat());
const OFFICE = { timeZone: 'Asia/Almaty', closesAt: '18:30' };
const s = (d: { toString(): string }) => d.toString();

describe('months at month ends', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-01-15', 12, '2027-01-15']
  ] as const)('%s + %d month(s) = %s', (from, n, expected) => expect(s(addMonths(from, n))).toBe(expected));
});

describe('registration date (003 ¶25)', () => {
  it.each([
    ['2026-03-20T10:00:00+05:00', '2026-03-20', 'a working day, in hours'],
    ['2026-03-20T08:00:00+05:00', '2026-03-20', 'before opening: still that day'],
    ['2026-03-20T18:29:00+05:00', '2026-03-20', 'just before closing'],
    ['2026-03-20T18:30:00+05:00', '2026-03-26', 'at closing: next working day, past Nauryz'],
    ['2026-03-21T10:00:00+05:00', '2026-03-26', 'on a Saturday holiday'],
    ['2026-03-24T11:00:00+05:00', '2026-03-26', 'on a moved day off'],
    ['2026-03-19T19:30:00Z', '2026-03-20', 'UTC evening of the 19th is the 20th in Almaty'],
    ['2026-03-19T18:30:00Z', '2026-03-20', '23:30 in Almaty (UTC+5) is after hours on the 19th'],
    ['2025-12-31T19:00:00+05:00', '2026-01-05', 'New Year’s Eve after hours'],
    ['2025-01-05T12:00:00+05:00', '2025-01-05', 'a Sunday made a working day']
  ] as const)('%s → %s (%s)', (at, expected, _why) =>
    expect(s(registrationDate(KZ, new Date(at), OFFICE))).toBe(expected)
  );

  it('takes the date in Asia/Almaty (UTC+5), not UTC+6 as before March 2024', () => {
    expect(s(officeToday(new Date('2026-03-19T18:59:59Z'), 'Asia/Almaty'))).toBe('2026-03-19');
    expect(s(officeToday(new Date('2026-03-19T19:00:00Z'), 'Asia/Almaty'))).toBe('2026-03-20');
  });
});

describe('personal reception (003)', () => {
  const RECEPTION_RULES = {
    answerDue,
    extendedByLetterDue,
    extendedByDecisionDue,
    extensionNoticeDue,
    otherBodiesNoticeDue,
    referenceNoteDue,
    finalListDue,
    absenceNoticeDue,
    hearingNoticeDue
  };
  it.each([
    ['answerDue', '2026-03-16', '2026-04-09', '¶29: 15 working days, Nauryz in between'],
    ['answerDue', '2025-12-24', '2026-01-19', '¶29: across New Year and Christmas'],
    ['extendedByLetterDue', '2026-01-26', '2026-02-25', '¶30: 30 calendar days'],
    ['extendedByLetterDue', '2026-02-20', '2026-03-26', '¶30: day 30 is Sunday 22 March, then three days off'],
    [
      'extendedByDecisionDue',
      '2025-12-31',
      '2026-02-27',
      '¶30: at most 2 months → 28 Feb, a Saturday: the Friday before'
    ],
    [
      'extendedByDecisionDue',
      '2026-11-02',
      '2026-12-31',
      '¶30: 2 January 2027 is a Saturday: the ceiling stays in 2026'
    ],
    ['extendedByDecisionDue', '2027-12-31', '2028-02-29', '¶30: 2 months in a leap year'],
    ['extensionNoticeDue', '2026-05-26', '2026-06-01', '¶30: 3 working days, Kurban Ait in between'],
    ['otherBodiesNoticeDue', '2026-10-23', '2026-10-28', '¶19: 2 working days past a moved day off'],
    ['referenceNoteDue', '2026-03-27', '2026-03-17', '¶26: 5 working days before'],
    ['finalListDue', '2026-03-26', '2026-03-20', '002 §15.2: 1 working day before'],
    ['absenceNoticeDue', '2026-01-08', '2026-01-05', '¶16: 2 working days before, Christmas skipped'],
    ['absenceNoticeDue', '2026-01-05', '2025-12-30', '¶16: back into the previous year'],
    ['hearingNoticeDue', '2026-05-12', '2026-05-05', '¶32: 3 working days before a decision']
  ] as const)('%s(%s) = %s — %s', (rule, from, expected, _why) =>
    expect(s(RECEPTION_RULES[rule](KZ, from))).toBe(expected)
  );
});

describe('control of execution (000 ch.13, 002 §12)', () => {
  it.each([
    ['very_urgent', '2026-03-20', '2026-03-30'], // 3 working days
    ['urgent', '2026-04-30', '2026-05-19'], // 10 working days through the May holidays
    ['short_term', '2026-01-30', '2026-03-02'], // 1 month → 28 February, a Saturday
    ['medium_term', '2026-09-08', '2027-03-09'], // 6 months → 8 March, a holiday
    ['long_term', '2026-03-15', '2027-03-16'] // 12 months → Constitution Day 2027
  ] as const)('%s given %s: due %s', (category, givenOn, expected) => {
    expect(s(controlDeadline(KZ, { givenOn, category }))).toBe(expected);
    expect(fitsCategory(KZ, givenOn, expected, category)).toBe(true);
  });

  it('no deadline given: one month from receipt, moved off the days off (000 ¶169)', () => {
    // 25 October 2026 is Republic Day on a Sunday; its day off is Monday the 26th.
    expect(s(controlDeadline(KZ, { givenOn: '2026-09-28', receivedOn: '2026-09-25', category: null }))).toBe(
      '2026-10-27'
    );
  });

  it('a set deadline on a non-working day ends on the next working day (000 ¶184)', () => {
    expect(s(controlDeadline(KZ, { givenOn: '2026-04-01', setDate: '2026-05-09' }))).toBe('2026-05-12');
    expect(s(controlDeadline(KZ, { givenOn: '2026-04-01', setDate: '2026-05-08' }))).toBe('2026-05-08');
  });

  it.each([
    ['very_urgent', '2026-03-20', '2026-03-31', false],
    ['short_term', '2026-03-02', '2026-03-05', false],
    ['short_term', '2026-03-02', '2026-04-02', true],
    ['short_term', '2026-03-02', '2026-04-03', false],
    ['medium_term', '2026-03-02', '2026-04-01', false],
    ['long_term', '2026-03-02', '2026-09-01', false],
    ['long_term', '2026-03-02', '2026-09-03', true],
    ['urgent', '2026-03-02', '2026-03-02', false]
  ] as const)('%s given %s, due %s: fits = %s', (category, givenOn, deadline, fits) =>
    expect(fitsCategory(KZ, givenOn, deadline, category as ControlCategory)).toBe(fits)
  );

  it('hangs the reminder, reports and extension limit off the deadline', () => {
    const d = controlDates(KZ, '2026-03-02', '2026-03-30');
    expect(d.compressed).toBe(false);
    expect([d.reminder, d.executorReport, d.coExecutorReport, d.extensionRequestBy].map(s)).toEqual([
      '2026-03-20', // 3 working days before (000 ¶171)
      '2026-03-18', // 5 (000 ¶182)
      '2026-03-16', // 7 (000 ¶182 p.2)
      '2026-03-20' // 3 (000 ¶173)
    ]);
  });

  it('brings forward to the day given what a very short term leaves no room for', () => {
    const d = controlDates(KZ, '2026-03-20', '2026-03-30');
    expect(d.compressed).toBe(true);
    expect(s(d.coExecutorReport)).toBe('2026-03-20');
    expect(s(d.executorReport)).toBe('2026-03-20');
    expect(s(d.reminder)).toBe('2026-03-20');
  });

  it.each([
    ['2026-03-19', 'green'],
    ['2026-03-20', 'amber'], // the reminder day, 3 working days before
    ['2026-03-22', 'amber'], // a Sunday inside the window
    ['2026-03-30', 'amber'], // the deadline itself
    ['2026-03-31', 'red'],
    ['2027-01-01', 'red']
  ] as const)('traffic light on %s for a deadline of 30 March 2026: %s', (today, light) =>
    expect(trafficLight(KZ, '2026-03-30', today)).toBe(light)
  );

  it.each([
    [0, 'local', '2026-03-20', { allowed: 'yes', disciplinaryReview: false, late: false }],
    [0, 'local', '2026-03-23', { allowed: 'yes', disciplinaryReview: false, late: true }],
    [1, 'local', '2026-03-10', { allowed: 'exceptional', disciplinaryReview: true, late: false }],
    [2, 'local', '2026-03-10', { allowed: 'exceptional', disciplinaryReview: true, late: false }],
    [0, 'central', '2026-03-10', { allowed: 'no', disciplinaryReview: false, late: false }]
  ] as const)(
    'extension after %d extension(s), %s issuer, requested %s',
    (previousExtensions, issuer, requestedOn, verdict) =>
      expect(extensionVerdict(KZ, { previousExtensions, issuer, requestedOn, deadline: '2026-03-30' })).toEqual(verdict)
  );
});

describe('the deadline sheet', () => {
  it('lists every date that follows from the facts given, with references', () => {
    const sheet = deadlineSheet(KZ, {
      office: OFFICE,
      now: new Date('2026-03-20T05:00:00Z'),
      receivedAt: new Date('2026-03-20T14:00:00+05:00'),
      receptionDay: '2026-04-10',
      control: { givenOn: '2026-03-20', category: 'very_urgent' }
    });
    expect(sheet.today).toBe('2026-03-20');
    const byRule = Object.fromEntries(sheet.lines.map((l) => [l.rule, l.date]));
    expect(byRule).toMatchObject({
      registration: '2026-03-20',
      answer: '2026-04-15',
      controlDeadline: '2026-03-30',
      referenceNote: '2026-04-03',
      finalList: '2026-04-09',
      absenceNotice: '2026-04-08'
    });
    expect(sheet.lines.find((l) => l.rule === 'answer')?.ref).toBe('003 ¶29');
    expect(sheet.control).toMatchObject({ light: 'amber', compressed: true, fitsCategory: null });
  });
});

describe('final list by the office rule (SPEC §5)', () => {
  it.each([
    // Thursday 26 March 2026, after Nauryz (21–23) and its days off (24, 25): Friday the 20th.
    ['2026-03-26', 1, 'WORKING_DAYS', '2026-03-20'],
    // Monday 30 March: 1 working day before is Friday 27th; 1 calendar day before is Sunday → Friday.
    ['2026-03-30', 1, 'WORKING_DAYS', '2026-03-27'],
    ['2026-03-30', 1, 'DAYS', '2026-03-27'],
    // One calendar day before the 26th is a day off: brought forward over Nauryz to the 20th.
    ['2026-03-26', 1, 'DAYS', '2026-03-20'],
    ['2026-04-02', 2, 'WORKING_DAYS', '2026-03-31']
  ] as const)('%s, %d %s before → %s', (day, lead, unit, due) =>
    expect(finalListDueBy(KZ, day, lead, unit).toString()).toBe(due)
  );
});
