import type { WorkingCalendar } from '../../calendar/rules/calendar';
import { controlDates } from '../../calendar/rules/deadlines';
import { isLive } from './assignment-state';

/**
 * When each reminder fires and who is told (SPEC 3.3). A reminder is scheduled as a durable
 * row when its date is known (server/control/reminders.ts); when its day comes it fires once,
 * unless what it reminds of is already done (then it is skipped).
 */
export const REMINDER_KINDS = ['REPORT_DUE', 'NEAR_DEADLINE', 'OVERDUE', 'REMOVAL_MEMO_DUE', 'PROTOCOL_DUE'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface PlannedReminder {
  kind: ReminderKind;
  fireOn: string;
  key: string;
}

export interface AssignmentFacts {
  id: number;
  givenOn: string;
  deadline: string;
  state: string;
}

/**
 * An assignment's reminders: the executors' report (−5 working days, 000 ¶182), the
 * near-deadline notice to department heads and leadership (−3 working days, 000 ¶171), overdue
 * (the day after the deadline), and the removal memo (due 1 working day after the deadline,
 * 000 ¶183: told on the deadline day). The key carries the deadline, so an extension schedules
 * a new set and the old one is cancelled. Dates brought forward past the day given (a very
 * urgent term) fire on the day given.
 */
export function assignmentReminders(cal: WorkingCalendar, a: AssignmentFacts): PlannedReminder[] {
  if (!isLive(a.state)) return [];
  const d = controlDates(cal, a.givenOn, a.deadline);
  const overdue = d.deadline.add({ days: 1 });
  const planned: Array<[ReminderKind, string]> = [
    ['REPORT_DUE', d.executorReport.toString()],
    ['NEAR_DEADLINE', d.reminder.toString()],
    ['REMOVAL_MEMO_DUE', d.deadline.toString()],
    ['OVERDUE', overdue.toString()]
  ];
  return planned.map(([kind, fireOn]) => ({ kind, fireOn, key: `${kind}:Assignment:${a.id}:${a.deadline}` }));
}

export function protocolReminder(p: { id: number; dueOn: string }): PlannedReminder {
  return { kind: 'PROTOCOL_DUE', fireOn: p.dueOn, key: `PROTOCOL_DUE:Protocol:${p.id}:${p.dueOn}` };
}

/**
 * Whether a reminder still says something true on its day: the report is still missing
 * (report due, near deadline, overdue); the execution is reported but no removal memo filed;
 * the protocol is not signed.
 */
export function stillRelevant(kind: ReminderKind, state: string): boolean {
  switch (kind) {
    case 'REPORT_DUE':
    case 'NEAR_DEADLINE':
    case 'OVERDUE':
      return state === 'OPEN';
    case 'REMOVAL_MEMO_DUE':
      return state === 'REPORTED';
    case 'PROTOCOL_DUE':
      return state === 'DRAFT';
  }
}

/** Who is told: the people of each role (resolved by the service). */
export type Audience = 'leadUnit' | 'coUnits' | 'unitHeads' | 'controller' | 'leadership' | 'appeals';

export const AUDIENCE: Record<ReminderKind, readonly Audience[]> = {
  REPORT_DUE: ['leadUnit', 'coUnits', 'controller'],
  NEAR_DEADLINE: ['unitHeads', 'leadership', 'controller'],
  OVERDUE: ['leadUnit', 'coUnits', 'unitHeads', 'controller', 'leadership'],
  REMOVAL_MEMO_DUE: ['controller', 'appeals'],
  PROTOCOL_DUE: ['controller', 'appeals']
};
