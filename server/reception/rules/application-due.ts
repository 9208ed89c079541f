import { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../../calendar/rules/calendar';
import {
  answerDue,
  extendedByDecisionDue,
  extendedByLetterDue,
  extensionNoticeDue,
  forwardDue,
  hearingNoticeDue,
  otherBodiesNoticeDue,
  REFS,
  referenceNoteDue,
  trafficLight,
  type TrafficLight
} from '../../calendar/rules/deadlines';
import type { ApplicationState } from './application-state';
import type { ExtensionKind } from './catalogue';

/**
 * Every term an application is under, from the facts recorded on it. Each date comes from
 * server/calendar/rules/deadlines.ts; this module only decides which terms apply and
 * whether each is met. Dates are office-local YYYY-MM-DD.
 */
export interface ApplicationFacts {
  state: ApplicationState;
  registeredOn: string;
  /** The answer (date and time of reception, refusal or forwarding) reached the applicant. */
  answeredOn: string | null;
  extensionKind: ExtensionKind | null;
  extendedOn: string | null;
  /** DECISION only: the new date set by the reasoned decision (capped at 2 months). */
  extendedUntil: string | null;
  extensionNoticeOn: string | null;
  sessionDate: string | null;
  referenceNoteOn: string | null;
  hearingDecisionOn: string | null;
  hearingDraftSentOn: string | null;
  forwardedOn: string | null;
  otherBodyRequestedOn: string | null;
  otherBodyNoticeOn: string | null;
}

export type DueRule =
  'answer' | 'extensionNotice' | 'referenceNote' | 'hearingNotice' | 'forward' | 'otherBodiesNotice';

export interface DueItem {
  rule: DueRule;
  ref: string;
  due: string;
  /** When it was done, if it was. */
  doneOn: string | null;
  /** Open items: the light today; done items: null. */
  light: TrafficLight | null;
  /** Done after its date. */
  late: boolean;
}

/** The answer's last day: 15 working days, or the extension's (003 ¶29–30). */
export function answerDeadline(
  cal: WorkingCalendar,
  f: Pick<ApplicationFacts, 'registeredOn' | 'extensionKind' | 'extendedUntil'>
): string {
  if (f.extensionKind === 'LETTER') return extendedByLetterDue(cal, f.registeredOn).toString();
  if (f.extensionKind === 'DECISION') {
    const cap = extendedByDecisionDue(cal, f.registeredOn).toString();
    return f.extendedUntil && f.extendedUntil < cap ? cal.onOrAfter(f.extendedUntil).toString() : cap;
  }
  return answerDue(cal, f.registeredOn).toString();
}

/** The latest date a reasoned decision may set (003 ¶30: at most 2 months from registration). */
export const extensionCap = (cal: WorkingCalendar, registeredOn: string): string =>
  extendedByDecisionDue(cal, registeredOn).toString();

export function applicationDue(cal: WorkingCalendar, f: ApplicationFacts, today: string): DueItem[] {
  const items: DueItem[] = [];
  const add = (
    rule: DueRule,
    due: Temporal.PlainDate | string,
    doneOn: string | null,
    refKey: keyof typeof REFS = rule
  ) => {
    const d = due.toString();
    items.push({
      rule,
      ref: REFS[refKey],
      due: d,
      doneOn,
      light: doneOn ? null : trafficLight(cal, d, today),
      late: doneOn !== null && doneOn > d
    });
  };
  // Scheduling, refusing and forwarding each record when the applicant was answered;
  // a withdrawn application owes no answer.
  if (f.state !== 'WITHDRAWN') add('answer', answerDeadline(cal, f), f.answeredOn);
  if (f.extendedOn) add('extensionNotice', extensionNoticeDue(cal, f.extendedOn), f.extensionNoticeOn);
  if (f.sessionDate && (f.state === 'SCHEDULED' || f.referenceNoteOn))
    add('referenceNote', referenceNoteDue(cal, f.sessionDate), f.referenceNoteOn);
  if (f.hearingDecisionOn) add('hearingNotice', hearingNoticeDue(cal, f.hearingDecisionOn), f.hearingDraftSentOn);
  if (f.state === 'FORWARDED' && f.forwardedOn) add('forward', forwardDue(cal, f.registeredOn), f.forwardedOn);
  if (f.otherBodyRequestedOn)
    add('otherBodiesNotice', otherBodiesNoticeDue(cal, f.otherBodyRequestedOn), f.otherBodyNoticeOn);
  return items;
}

/** The worst light of the open items: what a register row shows. */
export function worstLight(items: readonly DueItem[]): TrafficLight | null {
  const order: TrafficLight[] = ['red', 'amber', 'green'];
  for (const l of order) if (items.some((i) => i.light === l)) return l;
  return null;
}

/** The earliest open due date: what "my tasks" sorts and filters by. */
export function nextDue(items: readonly DueItem[]): string | null {
  const open = items.filter((i) => i.light !== null).map((i) => i.due);
  return open.length ? open.sort()[0] : null;
}
