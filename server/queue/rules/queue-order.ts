import { isOutOfTurn } from './categories';

/** What ordering needs to know about a waiting ticket. */
export interface QueuedTicket {
  id: number;
  serviceId: number;
  category: string | null;
  categoryStatus: string | null;
  arrivedAt: Date;
  number: number;
  targetWindowId: number | null;
}

export interface OrderingRules {
  /**
   * Anti-starvation, off (null) by default: a regular ticket that has waited
   * longer than this many minutes ranks with the out-of-turn ones (SPEC 1.3).
   */
  priorityAgingMinutes: number | null;
}

export const STRICT_PRIORITY: OrderingRules = { priorityAgingMinutes: null };

/** An office's ordering rules from its setting. */
export function rulesOf(office: { priorityAgingMinutes: number | null }): OrderingRules {
  return office.priorityAgingMinutes ? { priorityAgingMinutes: office.priorityAgingMinutes } : STRICT_PRIORITY;
}

function ranksOutOfTurn(t: QueuedTicket, now: Date, rules: OrderingRules): boolean {
  if (isOutOfTurn(t)) return true;
  if (rules.priorityAgingMinutes === null) return false;
  return now.getTime() - t.arrivedAt.getTime() >= rules.priorityAgingMinutes * 60_000;
}

/**
 * 003 ¶12: reception follows the order of arrival, except that the listed
 * categories are received out of turn. So: out-of-turn first, then by arrival;
 * the running number breaks ties between tickets issued in the same millisecond.
 */
export function compareQueued(a: QueuedTicket, b: QueuedTicket, now: Date, rules: OrderingRules): number {
  const pa = ranksOutOfTurn(a, now, rules) ? 0 : 1;
  const pb = ranksOutOfTurn(b, now, rules) ? 0 : 1;
  if (pa !== pb) return pa - pb;
  const t = a.arrivedAt.getTime() - b.arrivedAt.getTime();
  if (t !== 0) return t;
  return a.number - b.number || a.id - b.id;
}

export function sortQueue<T extends QueuedTicket>(tickets: readonly T[], now: Date, rules: OrderingRules): T[] {
  return [...tickets].sort((a, b) => compareQueued(a, b, now, rules));
}

/** Tickets a window may call: its services, and not transferred to another window. */
export function callableBy<T extends QueuedTicket>(
  tickets: readonly T[],
  window: { id: number; serviceIds: readonly number[] }
): T[] {
  return tickets.filter(
    (t) => window.serviceIds.includes(t.serviceId) && (t.targetWindowId === null || t.targetWindowId === window.id)
  );
}

/** The ticket a window calls next, or null when nobody it serves is waiting. */
export function pickNext<T extends QueuedTicket>(
  waiting: readonly T[],
  window: { id: number; serviceIds: readonly number[] },
  now: Date,
  rules: OrderingRules
): T | null {
  return sortQueue(callableBy(waiting, window), now, rules)[0] ?? null;
}

/** How many tickets of the same service would be called before this one. */
export function peopleAhead(
  ticket: QueuedTicket,
  waiting: readonly QueuedTicket[],
  now: Date,
  rules: OrderingRules
): number {
  return waiting.filter(
    (o) => o.id !== ticket.id && o.serviceId === ticket.serviceId && compareQueued(o, ticket, now, rules) < 0
  ).length;
}
