import { DomainError } from '../../shared/errors';

/**
 * The life of a hall ticket:
 *
 *   WAITING ──call──▶ CALLED ──start──▶ SERVING ──finish──▶ DONE
 *      ▲               │  ▲ recall        │
 *      │               ├──┘               │
 *      │               ├──finish──────────┼──────────────▶ DONE
 *      │               └──noShow─────────────────────────▶ NO_SHOW
 *      └──────transfer─┴──────────────────┘
 *
 * A transfer puts the ticket back in a (possibly different) queue with its
 * original arrival time (SPEC 1.4).
 */
export const TICKET_STATUSES = ['WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = ['call', 'recall', 'start', 'finish', 'noShow', 'transfer'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const TRANSITIONS: Record<TicketAction, Partial<Record<TicketStatus, TicketStatus>>> = {
  call: { WAITING: 'CALLED' },
  recall: { CALLED: 'CALLED' },
  start: { CALLED: 'SERVING' },
  // Many visits are a quick answer: the specialist may finish without a separate start.
  finish: { CALLED: 'DONE', SERVING: 'DONE' },
  noShow: { CALLED: 'NO_SHOW' },
  transfer: { CALLED: 'WAITING', SERVING: 'WAITING' }
};

export function nextStatus(from: TicketStatus, action: TicketAction): TicketStatus {
  const to = TRANSITIONS[action][from];
  if (!to) throw new DomainError('bad_transition', { from, action });
  return to;
}

export function canApply(from: TicketStatus, action: TicketAction): boolean {
  return TRANSITIONS[action][from] !== undefined;
}

/** Statuses in which a ticket occupies a window (shown on the board as a current call). */
export const AT_WINDOW: readonly TicketStatus[] = ['CALLED', 'SERVING'];
export const FINISHED: readonly TicketStatus[] = ['DONE', 'NO_SHOW'];
