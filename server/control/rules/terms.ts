import { Temporal } from 'temporal-polyfill';
import { plainDate, type WorkingCalendar } from '../../calendar/rules/calendar';
import { controlDates, dueOn, extensionVerdict, trafficLight, type TrafficLight } from '../../calendar/rules/deadlines';
import { GROUNDS_NEEDING_REPORT, extensionRoute, issuerLevel, type RemovalGround } from './sources';

/**
 * The verdicts of control of execution, pure over the working calendar. Each refusal names
 * its rule; the services turn it into a 4xx that changes nothing. docs/control.md.
 */

type Day = Temporal.PlainDate | string;
const cmp = (a: Day, b: Day) => Temporal.PlainDate.compare(plainDate(a), plainDate(b));

export type Refusal = { refused: string; params?: Record<string, string | number> };

// ───────── extension (000 ¶173–175, 002 §12.6–12.8) ─────────

export interface ExtensionInput {
  issuer: string;
  /** The office's never-extended issuers (000 ¶174 p.2). */
  neverExtended: readonly string[];
  /** Extensions already granted. */
  granted: number;
  deadline: string;
  requestedOn: string;
  newDeadline: string;
}

export type ExtensionCheck =
  | Refusal
  | {
      refused: null;
      newDeadline: string;
      exceptional: boolean;
      disciplinaryReview: boolean;
      tier: 'first' | 'second' | 'beyond';
    };

/**
 * Whether a request for a new deadline may be filed: never for the office's never-extended sources
 * (¶174 p.2); not here for another central body's, which grants it itself (¶161–165);
 * no later than 3 working days before the deadline (¶173); the new date later than the
 * current one (moved off a non-working day, ¶184). The first is an ordinary extension; a
 * second only as exceptional, with a disciplinary review of the executing body's head
 * (¶175 p.1); a proposal to extend more than twice brings the review too (¶175 p.2).
 */
export function checkExtension(cal: WorkingCalendar, r: ExtensionInput): ExtensionCheck {
  const route = extensionRoute(r.issuer, r.neverExtended);
  if (route === 'never') return { refused: 'extension_never' };
  if (route === 'central_body') return { refused: 'extension_central_body' };
  const verdict = extensionVerdict(cal, {
    previousExtensions: r.granted,
    issuer: issuerLevel(r.issuer),
    deadline: r.deadline,
    requestedOn: r.requestedOn
  });
  if (verdict.late)
    return { refused: 'extension_late', params: { date: cal.subtractWorkingDays(r.deadline, 3).toString() } };
  const newDeadline = dueOn(cal, r.newDeadline);
  if (cmp(newDeadline, r.deadline) <= 0) return { refused: 'extension_date', params: { date: r.deadline } };
  const tier = r.granted <= 0 ? 'first' : r.granted === 1 ? 'second' : 'beyond';
  return {
    refused: null,
    newDeadline: newDeadline.toString(),
    exceptional: verdict.allowed === 'exceptional',
    disciplinaryReview: verdict.disciplinaryReview,
    tier
  };
}

// ───────── removal from control (000 ¶176, ¶183, ¶232; 002 §9.23, §12.9, §12.15; 003 ¶35) ─────────

/** The department head's memo is due within 1 working day after the deadline (000 ¶183, 002 §12.15). */
export function removalMemoDue(cal: WorkingCalendar, deadline: Day): Temporal.PlainDate {
  return cal.addWorkingDays(deadline, 1);
}

export type RemovalCheck = Refusal | { refused: null; late: boolean; due: string };

export function checkRemoval(
  cal: WorkingCalendar,
  a: {
    ground: RemovalGround;
    reported: boolean;
    fromReception: boolean;
    sourceKind: string;
    deadline: string;
    requestedOn: string;
  }
): RemovalCheck {
  // 003 ¶35: the final reasoned answer is a ground for appeals received at a reception only.
  if (
    a.ground === 'FINAL_ANSWER' &&
    !(a.fromReception || a.sourceKind === 'RECEPTION_PROTOCOL' || a.sourceKind === 'ORAL_PROTOCOL')
  )
    return { refused: 'removal_ground' };
  // 002 §9.23: not executed until the execution record is filled in.
  if (GROUNDS_NEEDING_REPORT.includes(a.ground) && !a.reported) return { refused: 'removal_needs_report' };
  const due = removalMemoDue(cal, a.deadline);
  return { refused: null, late: cmp(a.requestedOn, due) > 0, due: due.toString() };
}

// ───────── redirect and co-executors (000 ¶172, ¶179, ¶182) ─────────

/** A body that is not competent sends the document on within 3 working days of receipt (000 ¶172 p.2, ¶117). */
export function redirectUntil(cal: WorkingCalendar, receivedOn: Day): Temporal.PlainDate {
  return cal.addWorkingDays(receivedOn, 3);
}

export function checkRedirect(
  cal: WorkingCalendar,
  receivedOn: string,
  requestedOn: string
): Refusal | { refused: null } {
  const until = redirectUntil(cal, receivedOn);
  return cmp(requestedOn, until) > 0
    ? { refused: 'redirect_late', params: { date: until.toString() } }
    : { refused: null };
}

/**
 * A co-executor sends its part to the lead within 7 working days (000 ¶182 p.2) — from
 * receipt, and never after the lead's own report date (product reading), so the lead has
 * something to compile.
 */
export function coPartDue(cal: WorkingCalendar, receivedOn: Day, givenOn: Day, deadline: Day): Temporal.PlainDate {
  const byTerm = cal.addWorkingDays(receivedOn, 7);
  const leadReport = controlDates(cal, givenOn, deadline).executorReport;
  return cmp(byTerm, leadReport) > 0 ? (cmp(leadReport, receivedOn) >= 0 ? leadReport : plainDate(receivedOn)) : byTerm;
}

/** The co-executors the lead names as late in its report (000 ¶179): no part by the due day, or a part after it. */
export function lateParts<T extends { lead: boolean; partDueOn: string | null; partOn: string | null }>(
  executors: readonly T[],
  today: Day
): T[] {
  return executors.filter(
    (e) => !e.lead && e.partDueOn !== null && (e.partOn ? cmp(e.partOn, e.partDueOn) > 0 : cmp(today, e.partDueOn) > 0)
  );
}

// ───────── lights ─────────

/**
 * The light of an assignment on a list: none when not on control or removed; green when the
 * execution was reported by the deadline (it waits only for the removal memo); otherwise the
 * deadline's light with the office's amber threshold (000 ¶171).
 */
export function assignmentLight(
  cal: WorkingCalendar,
  a: { state: string; deadline: string; reportedOn: string | null },
  today: Day,
  amberDays: number
): TrafficLight | null {
  if (a.state === 'INFO' || a.state === 'REMOVED') return null;
  if (a.reportedOn && cmp(a.reportedOn, a.deadline) <= 0) return 'green';
  return trafficLight(cal, a.deadline, today, amberDays);
}

/** Executed on time: reported by the deadline (for reports: "on time / overdue"). */
export function executedOnTime(a: { reportedOn: string | null; deadline: string }): boolean {
  return a.reportedOn !== null && cmp(a.reportedOn, a.deadline) <= 0;
}

// ───────── 003 ¶37 ─────────

/** An appeal from a reception may not be given to an employee who already considered it (003 ¶37). */
export function checkAssignee(
  a: { fromReception: boolean; consideredBy: readonly number[] },
  assigneeId: number | null
): Refusal | { refused: null } {
  if (assigneeId !== null && a.fromReception && a.consideredBy.includes(assigneeId))
    return { refused: 'considered_before' };
  return { refused: null };
}

// ───────── protocols and reports ─────────

/** A reception protocol is drawn up within the office's 1, 2 or 3 working days (000 ¶91, 001 §8.5, 002 §8.5). */
export function protocolDue(cal: WorkingCalendar, heldOn: Day, dueDays: number): Temporal.PlainDate {
  return cal.addWorkingDays(heldOn, dueDays);
}

/** The quarterly consolidated report is due by the 20th of the month after the quarter (000 ¶185), moved off a non-working day. */
export function quarterReportDue(cal: WorkingCalendar, year: number, quarter: 1 | 2 | 3 | 4): Temporal.PlainDate {
  return dueOn(cal, Temporal.PlainDate.from({ year, month: quarter * 3, day: 20 }).add({ months: 1 }));
}

export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): { from: string; to: string } {
  const from = Temporal.PlainDate.from({ year, month: quarter * 3 - 2, day: 1 });
  return { from: from.toString(), to: from.add({ months: 3 }).subtract({ days: 1 }).toString() };
}

/** The Monday-to-Sunday week a date falls in (the weekly control list, 000 ¶171). */
export function weekOf(date: Day): { from: string; to: string } {
  const d = plainDate(date);
  const monday = d.subtract({ days: d.dayOfWeek - 1 });
  return { from: monday.toString(), to: monday.add({ days: 6 }).toString() };
}

/** Numbers within a source: "1", "1.1", "2" — sorted as numbers, not as text. */
export function compareItemNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export const ITEM_NUMBER = /^\d{1,3}(\.\d{1,3}){0,2}$/;
