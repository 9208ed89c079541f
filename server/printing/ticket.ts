import type { Language } from '../shared/language';

/** Everything a ticket shows: on screen, on paper (printing) and on the status page. */
export interface TicketView {
  token: string;
  code: string;
  language: Language;
  office: { code: string; nameKk: string; nameRu: string; timeZone: string };
  service: { id: number; nameKk: string; nameRu: string; prefix: string };
  category: string | null;
  categoryStatus: string | null;
  outOfTurn: boolean;
  needsAssistance: boolean;
  status: string;
  issuedAt: string;
  window: { number: number; kind: string } | null;
  peopleAhead: number;
  waitMinutes: number;
  /** A check-in ticket: when and where the visitor is expected (no one's name). */
  appointment?: { slotTime: string | null; room: { number: number; kind: string } | null } | null;
}
