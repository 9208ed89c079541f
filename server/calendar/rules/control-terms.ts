import { Temporal } from 'temporal-polyfill';
import { plainDate } from './calendar';
import type { WorkingCalendar } from './calendar';
import { addMonths, dueOn, type DateLike } from './dates';

/* The terms of control of execution (000 ch.13, 002 §12). */

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
