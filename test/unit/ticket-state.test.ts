import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/shared/errors';
import { canApply, nextStatus, TICKET_ACTIONS, TICKET_STATUSES } from '../../server/queue/rules/ticket-state';

describe('ticket state machine', () => {
  it.each([
    ['WAITING', 'call', 'CALLED'],
    ['CALLED', 'recall', 'CALLED'],
    ['CALLED', 'start', 'SERVING'],
    ['CALLED', 'finish', 'DONE'],
    ['SERVING', 'finish', 'DONE'],
    ['CALLED', 'noShow', 'NO_SHOW'],
    ['CALLED', 'transfer', 'WAITING'],
    ['SERVING', 'transfer', 'WAITING']
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('refuses every other move with bad_transition', () => {
    const allowed = new Set([
      'WAITING:call',
      'CALLED:recall',
      'CALLED:start',
      'CALLED:finish',
      'SERVING:finish',
      'CALLED:noShow',
      'CALLED:transfer',
      'SERVING:transfer'
    ]);
    let refused = 0;
    for (const s of TICKET_STATUSES)
      for (const a of TICKET_ACTIONS) {
        if (allowed.has(`${s}:${a}`)) continue;
        expect(canApply(s, a)).toBe(false);
        expect(() => nextStatus(s, a)).toThrow(DomainError);
        refused++;
      }
    expect(refused).toBe(TICKET_STATUSES.length * TICKET_ACTIONS.length - allowed.size);
  });

  it('never reopens a finished ticket', () => {
    for (const a of TICKET_ACTIONS) {
      expect(canApply('DONE', a)).toBe(false);
      expect(canApply('NO_SHOW', a)).toBe(false);
    }
  });
});
