import { Temporal } from 'temporal-polyfill';
import {
  absenceNoticeDue,
  answerDue,
  extendedByDecisionDue,
  extendedByLetterDue,
  extensionNoticeDue,
  finalListDue,
  forwardDue,
  hearingNoticeDue,
  otherBodiesNoticeDue,
  referenceNoteDue
} from './reception-terms';
import {
  type ControlCategory,
  type ExtensionVerdict,
  type Issuer,
  type TrafficLight,
  controlDates,
  controlDeadline,
  extensionVerdict,
  fitsCategory,
  trafficLight
} from './control-terms';
import { type OfficeDay, officeToday, registrationDate } from './dates';
import type { WorkingCalendar } from './calendar';

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

export * from './dates';
export * from './reception-terms';
export * from './control-terms';

/* The sheet: every date that follows from a few facts. */

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
