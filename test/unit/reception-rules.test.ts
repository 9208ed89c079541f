import { describe, expect, it } from 'vitest';
import { KZ_CALENDAR } from '../../prisma/calendar-kz';
import { WorkingCalendar } from '../../server/calendar/rules/calendar';
import {
  answerDue,
  extendedByDecisionDue,
  extendedByLetterDue,
  forwardDue,
  hearingNoticeDue,
  referenceNoteDue
} from '../../server/calendar/rules/deadlines';
import {
  applicationDue,
  answerDeadline,
  nextDue,
  worstLight,
  type ApplicationFacts
} from '../../server/reception/rules/application-due';
import {
  allowedActions,
  nextApplicationState,
  APPLICATION_STATES,
  type ApplicationAction
} from '../../server/reception/rules/application-state';
import { needsHearing } from '../../server/reception/rules/catalogue';
import { checkIin, iinCheckDigit, maskIin } from '../../server/reception/rules/iin';
import {
  absenceNoticeLate,
  firstFreeSlot,
  nextScheduleState,
  patternDates,
  proposeSession,
  slotTimes
} from '../../server/reception/rules/schedule';

const KZ = new WorkingCalendar(Object.values(KZ_CALENDAR).flat());
const working = (d: string) => KZ.isWorkingDay(d);

describe('ИИН', () => {
  it.each([
    ['900101300126', '1990-01-01', 'M'],
    ['851231450672', '1985-12-31', 'F'],
    ['750607400011', '1975-06-07', 'F'],
    ['600702203456', '1860-07-02', 'F'], // century digit 2: a woman born in the 19th century
    ['800101310402', '1980-01-01', 'M'] // first sum is 10: the second weights give 2
  ] as const)('%s is valid (born %s, %s)', (iin, birthDate, sex) =>
    expect(checkIin(iin)).toEqual({ ok: true, birthDate, sex })
  );

  it.each([
    ['900101300127', 'check'], // one digit off in the check digit
    ['900101300216', 'check'], // two serial digits swapped
    ['80010131044' + '0', 'check'], // both weightings give 10: no check digit exists
    ['020229501238', 'date'], // 29 February 2002 does not exist
    ['901301300126', 'date'],
    ['900101700126', 'century'],
    ['90010130012', 'format'],
    ['9001013001266', 'format'],
    ['90010130012a', 'format'],
    ['', 'format']
  ] as const)('%s is refused: %s', (iin, problem) => expect(checkIin(iin)).toEqual({ ok: false, problem }));

  it('gives no check digit when both weightings give 10', () => {
    expect(iinCheckDigit([...'80010131044'].map(Number))).toBeNull();
  });

  it('masks all but the last four digits', () => expect(maskIin('900101300126')).toBe('••••••••0126'));
});

describe('application state machine', () => {
  const path = (actions: ApplicationAction[]) =>
    actions.reduce<string | null>((s, a) => (s === null ? null : nextApplicationState(s as never, a)), 'REGISTERED');

  it('follows the regulation: review, schedule, received', () => {
    expect(path(['review', 'schedule', 'attend'])).toBe('RECEIVED');
    expect(path(['review', 'schedule', 'reschedule', 'noShow', 'reschedule'])).toBe('SCHEDULED');
    expect(path(['review', 'schedule', 'unschedule', 'schedule'])).toBe('SCHEDULED');
  });
  it('returns for formal defects and comes back (003 ¶6), or is refused as returned (¶15(4))', () => {
    expect(path(['return', 'resubmit', 'review'])).toBe('REVIEW');
    expect(path(['return', 'refuse'])).toBe('REFUSED');
  });
  it('refuses on the merits only after a hearing (003 ¶32–33)', () => {
    expect(path(['review', 'refuse'])).toBeNull();
    expect(path(['review', 'proposeRefusal', 'refuse'])).toBe('REFUSED');
    expect(needsHearing('OUTSIDE_COMPETENCE')).toBe(true);
    expect(needsHearing('COURT_ACT')).toBe(true);
    expect(needsHearing('RETURNED')).toBe(false);
  });
  it('forwards from registration or review; withdraws from any open state; nothing leaves a final state', () => {
    expect(path(['forward'])).toBe('FORWARDED');
    expect(path(['review', 'forward'])).toBe('FORWARDED');
    for (const open of ['REGISTERED', 'RETURNED', 'REVIEW', 'HEARING', 'SCHEDULED'] as const)
      expect(nextApplicationState(open, 'withdraw')).toBe('WITHDRAWN');
    for (const final of ['REFUSED', 'FORWARDED', 'WITHDRAWN', 'RECEIVED'] as const)
      expect(allowedActions(final)).toEqual([]);
    expect(allowedActions('NO_SHOW')).toEqual(['reschedule']);
  });
  it('cannot schedule before the preliminary review', () => {
    expect(nextApplicationState('REGISTERED', 'schedule')).toBeNull();
    expect(allowedActions('REGISTERED')).toEqual(['return', 'review', 'forward', 'withdraw']);
    expect(APPLICATION_STATES.flatMap((s) => allowedActions(s))).not.toContain(undefined);
  });
});

describe('sessions from a weekly pattern, over the calendar', () => {
  const pattern = { startsAt: '10:00', endsAt: '13:00' };
  it('every 2nd Tuesday of March 2026', () => {
    expect(patternDates('2026-03', { ...pattern, weekday: 2, weeks: [2] }, working)).toEqual([
      { date: '2026-03-10', skipped: false }
    ]);
  });
  it('every Monday of March 2026 skips Nauryz days off (23 March is a holiday, not moved)', () => {
    expect(patternDates('2026-03', { ...pattern, weekday: 1, weeks: [] }, working)).toEqual([
      { date: '2026-03-02', skipped: false },
      { date: '2026-03-09', skipped: true }, // the day off for Women's Day on Sunday 8 March
      { date: '2026-03-16', skipped: false },
      { date: '2026-03-23', skipped: true },
      { date: '2026-03-30', skipped: false }
    ]);
  });
  it('the last Friday; the 1st and 3rd Wednesdays', () => {
    expect(patternDates('2026-05', { ...pattern, weekday: 5, weeks: [-1] }, working).map((d) => d.date)).toEqual([
      '2026-05-29'
    ]);
    expect(patternDates('2026-12', { ...pattern, weekday: 3, weeks: [1, 3] }, working).map((d) => d.date)).toEqual([
      '2026-12-02',
      '2026-12-16'
    ]);
  });
  it('a fifth week only where the month has one', () => {
    expect(patternDates('2026-02', { ...pattern, weekday: 1, weeks: [5] }, working)).toEqual([]);
    expect(patternDates('2026-06', { ...pattern, weekday: 1, weeks: [5] }, working).map((d) => d.date)).toEqual([
      '2026-06-29'
    ]);
  });
});

describe('slots, booking and absence', () => {
  it('cuts a session into slots that end inside it', () => {
    expect(slotTimes('10:00', '11:00', 20)).toEqual(['10:00', '10:20', '10:40']);
    expect(slotTimes('10:00', '10:50', 20)).toEqual(['10:00', '10:20']);
    expect(slotTimes('10:00', '09:00', 20)).toEqual([]);
    expect(slotTimes('10:00', '25:00', 20)).toEqual([]);
  });
  it('books the first free slot, none when full', () => {
    expect(firstFreeSlot(['10:00', '10:20', '10:40'], ['10:00', '10:40'])).toBe('10:20');
    expect(firstFreeSlot(['10:00'], ['10:00'])).toBeNull();
  });
  it('moves a cancelled session’s bookings to the same official’s next session with room', () => {
    const cancelled = { id: 1, officialId: 7, date: '2026-12-08' };
    const candidates = [
      { id: 2, officialId: 8, date: '2026-12-09', startsAt: '10:00', free: 5 }, // another official
      { id: 3, officialId: 7, date: '2026-12-01', startsAt: '10:00', free: 5 }, // earlier
      { id: 4, officialId: 7, date: '2026-12-22', startsAt: '10:00', free: 5 },
      { id: 5, officialId: 7, date: '2026-12-15', startsAt: '15:00', free: 1 },
      { id: 6, officialId: 7, date: '2026-12-15', startsAt: '10:00', free: 0 } // full
    ];
    expect(proposeSession(cancelled, candidates)?.id).toBe(5);
    expect(proposeSession(cancelled, candidates, 3)?.id).toBe(4);
    expect(proposeSession(cancelled, candidates.slice(0, 2))).toBeNull();
  });
  it('flags an absence notice later than 2 working days before, unless given on the day (003 ¶16)', () => {
    // Reception on Thursday 10 Dec 2026: due Tuesday 8 Dec.
    expect(absenceNoticeLate('2026-12-08', '2026-12-10', '2026-12-08')).toBe(false);
    expect(absenceNoticeLate('2026-12-09', '2026-12-10', '2026-12-08')).toBe(true);
    expect(absenceNoticeLate('2026-12-10', '2026-12-10', '2026-12-08')).toBe(false);
  });
  it('approves a schedule step by step', () => {
    expect(nextScheduleState('DRAFT', 'submit')).toBe('SUBMITTED');
    expect(nextScheduleState('DRAFT', 'approve')).toBeNull();
    expect(nextScheduleState('SUBMITTED', 'reject')).toBe('DRAFT');
    expect(nextScheduleState('SUBMITTED', 'approve')).toBe('APPROVED');
    expect(nextScheduleState('APPROVED', 'publish')).toBe('PUBLISHED');
    expect(nextScheduleState('PUBLISHED', 'publish')).toBeNull();
  });
});

describe('an application’s terms come from the deadline rules', () => {
  const base: ApplicationFacts = {
    state: 'REGISTERED',
    registeredOn: '2026-03-02',
    answeredOn: null,
    extensionKind: null,
    extendedOn: null,
    extendedUntil: null,
    extensionNoticeOn: null,
    sessionDate: null,
    referenceNoteOn: null,
    hearingDecisionOn: null,
    hearingDraftSentOn: null,
    forwardedOn: null,
    otherBodyRequestedOn: null,
    otherBodyNoticeOn: null
  };
  const rule = (f: ApplicationFacts, today: string, r: string) =>
    applicationDue(KZ, f, today).find((i) => i.rule === r);

  it('answer: 15 working days (over Nauryz), with its light', () => {
    const due = answerDue(KZ, '2026-03-02').toString();
    expect(rule(base, '2026-03-03', 'answer')).toMatchObject({ due, ref: '003 ¶29', light: 'green', doneOn: null });
    expect(rule(base, due, 'answer')?.light).toBe('amber');
    expect(rule(base, '2026-04-30', 'answer')?.light).toBe('red');
    expect(rule({ ...base, answeredOn: '2026-03-05' }, '2026-04-30', 'answer')).toMatchObject({
      light: null,
      late: false
    });
  });
  it('extensions by letter and by decision (003 ¶30), the decision capped at 2 months, with the 3-day notice', () => {
    expect(answerDeadline(KZ, { ...base, extensionKind: 'LETTER' })).toBe(
      extendedByLetterDue(KZ, '2026-03-02').toString()
    );
    expect(answerDeadline(KZ, { ...base, extensionKind: 'DECISION', extendedUntil: '2026-04-20' })).toBe('2026-04-20');
    expect(answerDeadline(KZ, { ...base, extensionKind: 'DECISION', extendedUntil: '2026-09-01' })).toBe(
      extendedByDecisionDue(KZ, '2026-03-02').toString()
    );
    const f = { ...base, extensionKind: 'LETTER' as const, extendedOn: '2026-03-12' };
    expect(rule(f, '2026-03-12', 'extensionNotice')).toMatchObject({ due: '2026-03-17', ref: '003 ¶30' });
  });
  it('reference note 5 working days before the session; hearing draft 3 before the decision; forwarding in 3', () => {
    const scheduled = { ...base, state: 'SCHEDULED' as const, sessionDate: '2026-03-26', answeredOn: '2026-03-10' };
    expect(rule(scheduled, '2026-03-10', 'referenceNote')?.due).toBe(referenceNoteDue(KZ, '2026-03-26').toString());
    const hearing = {
      ...base,
      state: 'HEARING' as const,
      hearingDecisionOn: '2026-03-20',
      hearingDraftSentOn: '2026-03-18'
    };
    expect(rule(hearing, '2026-03-18', 'hearingNotice')).toMatchObject({
      due: hearingNoticeDue(KZ, '2026-03-20').toString(),
      late: true
    });
    const forwarded = { ...base, state: 'FORWARDED' as const, forwardedOn: '2026-03-04', answeredOn: '2026-03-04' };
    expect(rule(forwarded, '2026-03-04', 'forward')).toMatchObject({
      due: forwardDue(KZ, '2026-03-02').toString(),
      late: false
    });
  });
  it('a withdrawn application owes no answer; the worst light and the next date lead the register', () => {
    expect(rule({ ...base, state: 'WITHDRAWN' }, '2026-04-30', 'answer')).toBeUndefined();
    const items = applicationDue(KZ, { ...base, otherBodyRequestedOn: '2026-03-03' }, '2026-03-06');
    expect(worstLight(items)).toBe('red'); // the 2-day notice of 003 ¶19 was due on 5 March
    expect(nextDue(items)).toBe('2026-03-05');
  });
});
