import type { WorkingCalendar } from '../../calendar/rules/calendar';
import { applicationDue, type ApplicationFacts } from './application-due';

/**
 * Personal reception's figures for a period (issue 23): what became of each session and whether
 * each applicant was answered in time. Pure: the service passes the rows in. The answer's term is
 * the one the register and the card show (application-due.ts), so the three never disagree.
 */

export const SESSION_OUTCOMES = ['held', 'planned', 'cancelled', 'moved'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

/** A session before today that was not cancelled was held; 003 ¶16 moves one by cancelling it. */
export function sessionOutcome(s: { status: string; movedToId: number | null; date: string }, today: string) {
  if (s.status === 'CANCELLED') return s.movedToId !== null ? 'moved' : 'cancelled';
  return s.date < today ? 'held' : 'planned';
}

export const ANSWER_OUTCOMES = ['on_time', 'late', 'overdue', 'pending'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

/**
 * The answer to the applicant (003 ¶27–30): given by its term or after it, or not given yet —
 * overdue once its last day has passed. A withdrawn application owes no answer (null).
 */
export function answerOutcome(cal: WorkingCalendar, f: ApplicationFacts, today: string): AnswerOutcome | null {
  const answer = applicationDue(cal, f, today).find((i) => i.rule === 'answer');
  if (!answer) return null;
  if (answer.doneOn !== null) return answer.late ? 'late' : 'on_time';
  return today > answer.due ? 'overdue' : 'pending';
}

export type Counted<K extends string> = Record<K, number>;

export const zeroes = <K extends string>(keys: readonly K[]): Counted<K> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Counted<K>;
