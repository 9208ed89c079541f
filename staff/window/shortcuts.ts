/**
 * The window console's keyboard shortcuts, by physical key (a Kazakh or Russian layout types
 * Cyrillic letters on the same keys): N next (finishing the current visit first), F finish,
 * R recall, S start, X no-show. What a key does depends only on the console's state, so it is
 * decided here and the console just carries it out.
 */
export type Shortcut =
  | { kind: 'finishAndNext'; ticketId: number }
  | { kind: 'act'; action: 'call-next' | 'finish' | 'recall' | 'start' | 'no-show'; body?: { ticketId: number } };

export function shortcut(
  code: string,
  s: { current: { id: number; status: string } | null; open: boolean; waiting: number }
): Shortcut | null {
  const t = s.current;
  const called = t?.status === 'CALLED' ? t : null;
  switch (code) {
    case 'KeyN':
      if (t) return { kind: 'finishAndNext', ticketId: t.id };
      return s.open && s.waiting > 0 ? { kind: 'act', action: 'call-next' } : null;
    case 'KeyF':
      return t ? { kind: 'act', action: 'finish', body: { ticketId: t.id } } : null;
    case 'KeyR':
      return called ? { kind: 'act', action: 'recall', body: { ticketId: called.id } } : null;
    case 'KeyS':
      return called ? { kind: 'act', action: 'start', body: { ticketId: called.id } } : null;
    case 'KeyX':
      return called ? { kind: 'act', action: 'no-show', body: { ticketId: called.id } } : null;
    default:
      return null;
  }
}
