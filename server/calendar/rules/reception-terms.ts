import { Temporal } from 'temporal-polyfill';
import { plainDate } from './calendar';
import { addCalendarDays, addMonths, dueOn } from './dates';
import type { WorkingCalendar } from './calendar';
import { type DateLike } from './dates';

/* The terms of personal reception (003) and of the appeals around it (000, 002). */

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
