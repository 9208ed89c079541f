import { describe, expect, it } from 'vitest';
import { shortcut } from '../../staff/window/shortcuts';

/** The window console's keys do what its buttons would in the same state, and nothing otherwise. */
describe('the window console’s shortcuts', () => {
  const called = { id: 7, status: 'CALLED' };
  const serving = { id: 8, status: 'SERVING' };

  it('N calls the next visitor, finishing the current one first; only when there is someone to call', () => {
    expect(shortcut('KeyN', { current: null, open: true, waiting: 2 })).toEqual({ kind: 'act', action: 'call-next' });
    expect(shortcut('KeyN', { current: null, open: true, waiting: 0 })).toBeNull();
    expect(shortcut('KeyN', { current: null, open: false, waiting: 2 })).toBeNull();
    expect(shortcut('KeyN', { current: serving, open: true, waiting: 0 })).toEqual({
      kind: 'finishAndNext',
      ticketId: 8
    });
  });

  it('R, S and X act on a called visitor only; F finishes whoever is at the window', () => {
    expect(shortcut('KeyR', { current: called, open: true, waiting: 0 })).toEqual({
      kind: 'act',
      action: 'recall',
      body: { ticketId: 7 }
    });
    expect(shortcut('KeyX', { current: serving, open: true, waiting: 0 })).toBeNull();
    expect(shortcut('KeyS', { current: serving, open: true, waiting: 0 })).toBeNull();
    expect(shortcut('KeyF', { current: serving, open: true, waiting: 0 })).toEqual({
      kind: 'act',
      action: 'finish',
      body: { ticketId: 8 }
    });
    expect(shortcut('KeyQ', { current: called, open: true, waiting: 3 })).toBeNull();
  });
});
