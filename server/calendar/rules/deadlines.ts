import { Temporal } from 'temporal-polyfill';
import { plainDate, type WorkingCalendar } from './calendar';
import { parseClock, zoned } from '../../shared/time';

/**
 * Every regulatory term of the product, each written once next to its reference.
 * References: 000 = seeds/000 (oblast akimat apparatus regulation), 002 = seeds/002,
 * 003 = seeds/003 (personal-reception regulation), 001 = seeds/001. docs/calendar.md
 * gives each rule with a worked example. Pure: the calendar is passed in.
 *
 * Counting convention: "n working days after X" is the n-th working day after X, X not
 * counted; "n working days before X" is the n-th working day before X. So a reference
 * note due "5 working days before" a Friday reception is due on the previous Friday.
 */

type DateLike = Temporal.PlainDate | string;

// ───────────────────────── general arithmetic ─────────────────────────

/**
 * A term whose last day falls on a non-working day ends on the next working day
 * (000 ¶184, 002 §12.16 for control terms; the same general rule applies to the
 * reception terms counted in calendar days or months).
 */
export function dueOn(cal: WorkingCalendar, date: DateLike): Temporal.PlainDate {
  return cal.onOrAfter(date);
}

export function addCalendarDays(date: DateLike, days: number): Temporal.PlainDate {
  return plainDate(date).add({ days });
}

/**
 * A term in months ends on the same-numbered day of the last month, or on that month's
 * last day if it has no such day: 1 month from 31 January is 28 February (29 in a leap
 * year). Temporal's default overflow ("constrain") is exactly that rule.
 */
export function addMonths(date: DateLike, months: number): Temporal.PlainDate {
  return plainDate(date).add({ months });
}

/** Today's date in the office's time zone (Asia/Almaty, UTC+5): the day every term is judged on. */
export function officeToday(now: Date, timeZone: string): Temporal.PlainDate {
  return zoned(now, timeZone).toPlainDate();
}

// ───────────────────────── registration ─────────────────────────

export interface OfficeDay {
  timeZone: string;
  /** "HH:MM": an application received at or after this time is registered the next working day. */
  closesAt: string;
}

/**
 * The date an application counts as registered: the day it is received; if received on
 * a non-working day, the next working day (003 ¶25). Received after the office closes:
 * the next working day too — nobody can register it that day.
 */
export function registrationDate(cal: WorkingCalendar, receivedAt: Date, office: OfficeDay): Temporal.PlainDate {
  const local = zoned(receivedAt, office.timeZone);
  const day = local.toPlainDate();
  if (!cal.isWorkingDay(day)) return cal.onOrAfter(day);
  const minute = local.hour * 60 + local.minute;
  return minute >= parseClock(office.closesAt) ? cal.addWorkingDays(day, 1) : day;
}

// ───────────────────────── personal reception (003) ─────────────────────────

export const RECEPTION = {
  /** 003 ¶29: the answer with the date and time of reception, within 15 working days of registration. */
  answerWorkingDays: 15,
  /** 003 ¶30 p.1: a complex issue — extended by letter to at most 30 calendar days from registration. */
  extendedCalendarDays: 30,
  /** 003 ¶30 p.2: by a reasoned decision — at most 2 months from registration. */
  extendedMonths: 2,
  /** 003 ¶30 p.2: the applicant is told of the extension within 3 working days. */
  extensionNoticeWorkingDays: 3,
  /** 003 ¶26: the reference note to the official, 5 working days before the reception. */
  referenceNoteWorkingDays: 5,
  /** 003 ¶32: the draft refusal goes to the applicant 3 working days before the decision (hearing). */
  hearingWorkingDays: 3,
  /** 002 §15.2, 000 ¶208, 001 §13.2: the final list goes to the head of apparatus 1 working day before. */
  finalListWorkingDays: 1,
  /** 003 ¶16: an official who cannot receive says so 2 working days before (or on the day, if sudden). */
  absenceNoticeWorkingDays: 2,
  /** 003 ¶19–20: the applicant is told of a request to other bodies within 2 working days. */
  otherBodiesNoticeWorkingDays: 2,
  /** 000 ¶195, 003 ¶15(1): an application outside competence goes to the competent body within 3 working days. */
  forwardWorkingDays: 3
} as const;

/** 003 ¶29 */
export function answerDue(cal: WorkingCalendar, registered: DateLike): Temporal.PlainDate {
  return cal.addWorkingDays(registered, RECEPTION.answerWorkingDays);
}

/** 003 ¶30 p.1, with the general non-working-day rule. */
export function extendedByLetterDue(cal: WorkingCalendar, registered: DateLike): Temporal.PlainDate {
  return dueOn(cal, addCalendarDays(registered, RECEPTION.extendedCalendarDays));
}

/**
 * 003 ¶30 p.2: a reasoned decision extends the term "for no more than two months". That is a
 * ceiling, not a term that runs out: moved later off a non-working day it would exceed itself
 * (issue 21), so the latest date a decision may set is the last working day on or before it.
 */
export function extendedByDecisionDue(cal: WorkingCalendar, registered: DateLike): Temporal.PlainDate {
  return cal.onOrBefore(addMonths(registered, RECEPTION.extendedMonths));
}

/** 003 ¶30 p.2 */
export function extensionNoticeDue(cal: WorkingCalendar, extendedOn: DateLike): Temporal.PlainDate {
  return cal.addWorkingDays(extendedOn, RECEPTION.extensionNoticeWorkingDays);
}

/** 003 ¶26 */
export function referenceNoteDue(cal: WorkingCalendar, receptionDay: DateLike): Temporal.PlainDate {
  return cal.subtractWorkingDays(receptionDay, RECEPTION.referenceNoteWorkingDays);
}

/** 003 ¶32 */
export function hearingNoticeDue(cal: WorkingCalendar, decisionDay: DateLike): Temporal.PlainDate {
  return cal.subtractWorkingDays(decisionDay, RECEPTION.hearingWorkingDays);
}

/** 003 ¶32 read from the other end: the first day a decision may be taken after the draft was sent. */
export function earliestHearingDecision(cal: WorkingCalendar, draftSentOn: DateLike): Temporal.PlainDate {
  return cal.addWorkingDays(draftSentOn, RECEPTION.hearingWorkingDays);
}

/** 002 §15.2, 000 ¶208, 001 §13.2 */
export function finalListDue(cal: WorkingCalendar, receptionDay: DateLike): Temporal.PlainDate {
  return cal.subtractWorkingDays(receptionDay, RECEPTION.finalListWorkingDays);
}

/**
 * The final list by an office's own rule (SPEC §5): `lead` working days before (001 §13.2,
 * 002 §15.2), or `lead` calendar days before (000 ¶208: "one day before"). A calendar-day date
 * that falls on a non-working day is brought forward to the working day before it, since the
 * list must arrive before the reception *(product)*.
 */
export function finalListDueBy(
  cal: WorkingCalendar,
  receptionDay: DateLike,
  lead: number,
  unit: 'WORKING_DAYS' | 'DAYS'
): Temporal.PlainDate {
  if (unit === 'WORKING_DAYS') return cal.subtractWorkingDays(receptionDay, lead);
  let d = plainDate(receptionDay).subtract({ days: lead });
  while (!cal.isWorkingDay(d)) d = d.subtract({ days: 1 });
  return d;
}

/** 003 ¶16 */
export function absenceNoticeDue(cal: WorkingCalendar, receptionDay: DateLike): Temporal.PlainDate {
  return cal.subtractWorkingDays(receptionDay, RECEPTION.absenceNoticeWorkingDays);
}

/** 003 ¶19–20 */
export function otherBodiesNoticeDue(cal: WorkingCalendar, requestSentOn: DateLike): Temporal.PlainDate {
  return cal.addWorkingDays(requestSentOn, RECEPTION.otherBodiesNoticeWorkingDays);
}

/** 000 ¶195 */
export function forwardDue(cal: WorkingCalendar, registered: DateLike): Temporal.PlainDate {
  return cal.addWorkingDays(registered, RECEPTION.forwardWorkingDays);
}

// ───────────────────────── control of execution (000 ch.13, 002 §12) ─────────────────────────

export const CONTROL_CATEGORIES = ['very_urgent', 'urgent', 'short_term', 'medium_term', 'long_term'] as const;
export type ControlCategory = (typeof CONTROL_CATEGORIES)[number];

export function isControlCategory(value: unknown): value is ControlCategory {
  return typeof value === 'string' && (CONTROL_CATEGORIES as readonly string[]).includes(value);
}

type Term = { workingDays: number } | { months: number };

/**
 * 000 ¶169 (9)–(13), 002 §12.2: the span of each control category, counted from the day
 * the assignment is given, and the deadline the product proposes when none is set (the
 * longest term the category allows). Long-term control has no upper bound in the
 * regulation: 12 months is the product's proposal, the controller sets the real date.
 */
export const CONTROL_TERMS: Record<ControlCategory, { min: Term | null; max: Term | null; proposed: Term }> = {
  very_urgent: { min: null, max: { workingDays: 3 }, proposed: { workingDays: 3 } },
  urgent: { min: null, max: { workingDays: 10 }, proposed: { workingDays: 10 } },
  short_term: { min: { workingDays: 10 }, max: { months: 1 }, proposed: { months: 1 } },
  medium_term: { min: { months: 1 }, max: { months: 6 }, proposed: { months: 6 } },
  long_term: { min: { months: 6 }, max: null, proposed: { months: 12 } }
};

/** 000 ¶169 last part: no deadline given — one month from the day the document was received. */
export const NO_DEADLINE_TERM: Term = { months: 1 };

function termEnd(cal: WorkingCalendar, from: DateLike, term: Term): Temporal.PlainDate {
  return 'workingDays' in term ? cal.addWorkingDays(from, term.workingDays) : dueOn(cal, addMonths(from, term.months));
}

/**
 * The control deadline: the date set by the assignment, or the category's proposed term
 * from the day given, or — no deadline and no category — one month from receipt. Always
 * moved off a non-working day (000 ¶184, 002 §12.16).
 */
export function controlDeadline(
  cal: WorkingCalendar,
  a: { givenOn: DateLike; receivedOn?: DateLike; category?: ControlCategory | null; setDate?: DateLike | null }
): Temporal.PlainDate {
  if (a.setDate) return dueOn(cal, a.setDate);
  if (a.category) return termEnd(cal, a.givenOn, CONTROL_TERMS[a.category].proposed);
  return termEnd(cal, a.receivedOn ?? a.givenOn, NO_DEADLINE_TERM);
}

/** Whether a deadline fits the span of its category (000 ¶169): refuse a "very urgent" item due in a month. */
export function fitsCategory(
  cal: WorkingCalendar,
  givenOn: DateLike,
  deadline: DateLike,
  category: ControlCategory
): boolean {
  const { min, max } = CONTROL_TERMS[category];
  const d = plainDate(deadline);
  if (Temporal.PlainDate.compare(d, plainDate(givenOn)) <= 0) return false;
  if (min && Temporal.PlainDate.compare(d, termEnd(cal, givenOn, min)) < 0) return false;
  if (max && Temporal.PlainDate.compare(d, termEnd(cal, givenOn, max)) > 0) return false;
  return true;
}

export const CONTROL = {
  /** 000 ¶171, 002 §12.4: executors and management are reminded 3 working days before. */
  reminderWorkingDays: 3,
  /** 000 ¶182, 002 §12.14: the executor reports 5 working days before the deadline. */
  executorReportWorkingDays: 5,
  /**
   * 000 ¶182 p.2: co-executors send their part to the responsible executor "within 7
   * working days" — read as 7 working days before the deadline, so that the responsible
   * executor can compile it before its own report at 5.
   */
  coExecutorWorkingDays: 7,
  /** 000 ¶173, 002 §12.6: an extension is requested in writing no later than 3 working days before. */
  extensionRequestWorkingDays: 3,
  /** 000 ¶171, 002 §12.4: amber within 3 working days of the deadline. */
  amberWorkingDays: 3
} as const;

export interface ControlDates {
  deadline: Temporal.PlainDate;
  reminder: Temporal.PlainDate;
  executorReport: Temporal.PlainDate;
  coExecutorReport: Temporal.PlainDate;
  extensionRequestBy: Temporal.PlainDate;
  /** Some dates would fall before the day the assignment was given: they are due at once. */
  compressed: boolean;
}

/**
 * The dates that hang off a control deadline. A short term (very urgent: 3 working days)
 * leaves no room for a report 5 or 7 working days ahead; such dates are brought forward
 * to the day the assignment was given, and `compressed` says so.
 */
export function controlDates(cal: WorkingCalendar, givenOn: DateLike, deadline: DateLike): ControlDates {
  const given = plainDate(givenOn);
  let compressed = false;
  const before = (n: number) => {
    const d = cal.subtractWorkingDays(deadline, n);
    if (Temporal.PlainDate.compare(d, given) >= 0) return d;
    compressed = true;
    return given;
  };
  const dates = {
    deadline: plainDate(deadline),
    reminder: before(CONTROL.reminderWorkingDays),
    executorReport: before(CONTROL.executorReportWorkingDays),
    coExecutorReport: before(CONTROL.coExecutorWorkingDays),
    extensionRequestBy: before(CONTROL.extensionRequestWorkingDays)
  };
  return { ...dates, compressed };
}

/** Who gave the assignment: the Presidential Administration and the Government's apparatus allow no extension (000 ¶174 p.2). */
export type Issuer = 'local' | 'central';

export interface ExtensionVerdict {
  /** yes: the one extension the regulation allows; exceptional: only by the akim's or head's decision; no: forbidden. */
  allowed: 'yes' | 'exceptional' | 'no';
  /** The head of the executing body faces a disciplinary review (000 ¶175, 002 §12.8). */
  disciplinaryReview: boolean;
  /** The request came later than 3 working days before the deadline (000 ¶173, 002 §12.6). */
  late: boolean;
}

/**
 * 000 ¶173–175, 002 §12.6–12.8: a deadline is extended at most once (moving to medium- or
 * long-term control counts); a repeated extension only in exceptional cases and with a
 * disciplinary review of the executing body's head, which also follows any proposal to
 * extend more than twice; central bodies' assignments are never extended.
 */
export function extensionVerdict(
  cal: WorkingCalendar,
  r: { previousExtensions: number; issuer: Issuer; deadline: DateLike; requestedOn: DateLike }
): ExtensionVerdict {
  const lastDay = cal.subtractWorkingDays(r.deadline, CONTROL.extensionRequestWorkingDays);
  const late = Temporal.PlainDate.compare(plainDate(r.requestedOn), lastDay) > 0;
  if (r.issuer === 'central') return { allowed: 'no', disciplinaryReview: false, late };
  if (r.previousExtensions <= 0) return { allowed: 'yes', disciplinaryReview: false, late };
  return { allowed: 'exceptional', disciplinaryReview: true, late };
}

export type TrafficLight = 'green' | 'amber' | 'red';

/**
 * 000 ¶171, 002 §12.4 ("бағдаршам"): red once the deadline has passed; amber from
 * 3 working days before the deadline (the reminder day; an office setting) through the
 * deadline itself; green before that. `today` is the office-local date (officeToday).
 */
export function trafficLight(
  cal: WorkingCalendar,
  deadline: DateLike,
  today: DateLike,
  amberDays: number = CONTROL.amberWorkingDays
): TrafficLight {
  const t = plainDate(today);
  if (Temporal.PlainDate.compare(t, plainDate(deadline)) > 0) return 'red';
  const amberFrom = cal.subtractWorkingDays(deadline, amberDays);
  return Temporal.PlainDate.compare(t, amberFrom) >= 0 ? 'amber' : 'green';
}

// ───────────────────────── the sheet: every date that follows from a few facts ─────────────────────────

/** Where each rule comes from; the staff calculator and docs/calendar.md show these. */
export const REFS = {
  registration: '003 ¶25',
  answer: '003 ¶29',
  extendedByLetter: '003 ¶30',
  extendedByDecision: '003 ¶30',
  extensionNotice: '003 ¶30',
  otherBodiesNotice: '003 ¶19–20',
  forward: '000 ¶195, 003 ¶15',
  referenceNote: '003 ¶26',
  finalList: '002 §15.2, 000 ¶208, 001 §13.2',
  absenceNotice: '003 ¶16',
  hearingNotice: '003 ¶32',
  controlDeadline: '000 ¶169, ¶184; 002 §12.2, §12.16',
  reminder: '000 ¶171, 002 §12.4',
  executorReport: '000 ¶182, 002 §12.14',
  coExecutorReport: '000 ¶182',
  extensionRequestBy: '000 ¶173, 002 §12.6',
  extensions: '000 ¶174–175, 002 §12.7–12.8',
  trafficLight: '000 ¶171, 002 §12.4'
} as const;
export type RuleId = keyof typeof REFS;
/** The rules that give a date (the other two give a verdict). */
export type DateRuleId = Exclude<RuleId, 'extensions' | 'trafficLight'>;

export interface SheetInput {
  office: OfficeDay;
  now: Date;
  /** When a sign-up application was received. */
  receivedAt?: Date;
  /** The day the term of a sign-up was extended. */
  extendedOn?: string;
  /** The day a request to other bodies was sent. */
  requestSentOn?: string;
  receptionDay?: string;
  /** The day a refusal is to be decided. */
  decisionDay?: string;
  control?: {
    givenOn: string;
    receivedOn?: string;
    category: ControlCategory | null;
    setDate?: string | null;
    previousExtensions?: number;
    issuer?: Issuer;
  };
}

export interface SheetLine {
  rule: DateRuleId;
  ref: string;
  date: string;
}

export interface Sheet {
  today: string;
  lines: SheetLine[];
  control?: { light: TrafficLight; compressed: boolean; extension: ExtensionVerdict; fitsCategory: boolean | null };
}

/** All the dates that follow from what is known about an application, a reception or an assignment. */
export function deadlineSheet(cal: WorkingCalendar, input: SheetInput): Sheet {
  const today = officeToday(input.now, input.office.timeZone);
  const lines: SheetLine[] = [];
  const add = (rule: DateRuleId, date: Temporal.PlainDate) =>
    lines.push({ rule, ref: REFS[rule], date: date.toString() });

  if (input.receivedAt) {
    const registered = registrationDate(cal, input.receivedAt, input.office);
    add('registration', registered);
    add('answer', answerDue(cal, registered));
    add('forward', forwardDue(cal, registered));
    add('extendedByLetter', extendedByLetterDue(cal, registered));
    add('extendedByDecision', extendedByDecisionDue(cal, registered));
  }
  if (input.extendedOn) add('extensionNotice', extensionNoticeDue(cal, input.extendedOn));
  if (input.requestSentOn) add('otherBodiesNotice', otherBodiesNoticeDue(cal, input.requestSentOn));
  if (input.receptionDay) {
    add('referenceNote', referenceNoteDue(cal, input.receptionDay));
    add('absenceNotice', absenceNoticeDue(cal, input.receptionDay));
    add('finalList', finalListDue(cal, input.receptionDay));
  }
  if (input.decisionDay) add('hearingNotice', hearingNoticeDue(cal, input.decisionDay));

  let control: Sheet['control'];
  if (input.control) {
    const c = input.control;
    const deadline = controlDeadline(cal, c);
    const dates = controlDates(cal, c.givenOn, deadline);
    add('controlDeadline', deadline);
    add('coExecutorReport', dates.coExecutorReport);
    add('executorReport', dates.executorReport);
    add('reminder', dates.reminder);
    add('extensionRequestBy', dates.extensionRequestBy);
    control = {
      light: trafficLight(cal, deadline, today),
      compressed: dates.compressed,
      extension: extensionVerdict(cal, {
        previousExtensions: c.previousExtensions ?? 0,
        issuer: c.issuer ?? 'local',
        deadline,
        requestedOn: today
      }),
      fitsCategory: c.category && c.setDate ? fitsCategory(cal, c.givenOn, deadline, c.category) : null
    };
  }
  return { today: today.toString(), lines, ...(control ? { control } : {}) };
}
