import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { DESK_ROLES } from '../auth/roles';
import { audit } from '../auth/audit';
import { workOffice } from '../auth/scope';
import { printSafely } from '../queue';
import { checkIn } from './check-in';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import type { Language } from '../shared/language';
import { issueTicket } from '../queue';

/**
 * The registrar desk (SPEC 1.2, 000 ¶205): staff determine the purpose of the visit, verify the
 * visitor's identity from an original or digital document and issue the ticket in the visitor's
 * language, printed on the desk's printer; or check a visitor in for today's appointment.
 */
export interface DeskTicket {
  serviceId: number;
  language: Language;
  category: string | null;
  needsAssistance: boolean;
  identityVerified: 'ORIGINAL' | 'DIGITAL';
  /** The printer to use (a kiosk record of the office); null prints nothing. */
  kioskId: number | null;
  idempotencyKey: string;
}

async function deskPrinter(ctx: Ctx, officeId: number, kioskId: number | null) {
  if (kioskId === null) return null;
  const kiosk = await ctx.db.kiosk.findFirst({ where: { id: kioskId, officeId, active: true } });
  if (!kiosk) throw new DomainError('unknown_kiosk');
  return kiosk;
}

export async function issueAtDesk(ctx: Ctx, user: SessionUser, req: DeskTicket, baseUrl: string) {
  requireRole(user, DESK_ROLES);
  const officeId = workOffice(user);
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId } });
  const kiosk = await deskPrinter(ctx, officeId, req.kioskId);
  const issued = await issueTicket(ctx, {
    officeCode: office.code,
    serviceId: req.serviceId,
    language: req.language,
    category: req.category,
    needsAssistance: req.needsAssistance,
    idempotencyKey: req.idempotencyKey,
    kiosk: kiosk?.code ?? null,
    issuedBy: { userId: user.id, identityVerified: req.identityVerified },
    audit: { userId: user.id, action: 'ticket.desk', detail: { identityVerified: req.identityVerified } }
  });
  const printed = issued.created
    ? await printSafely(ctx, issued.id, kiosk?.id ?? null, baseUrl)
    : { status: 'none' as const };
  return { ticket: issued.ticket, created: issued.created, print: printed };
}

export async function checkInAtDesk(
  ctx: Ctx,
  user: SessionUser,
  req: { key: string; language: Language; kioskId: number | null },
  baseUrl: string
) {
  requireRole(user, DESK_ROLES);
  const officeId = workOffice(user);
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId } });
  const kiosk = await deskPrinter(ctx, officeId, req.kioskId);
  const r = await checkIn(ctx, {
    officeCode: office.code,
    key: req.key,
    language: req.language,
    kiosk: kiosk?.code ?? null,
    audit: { userId: user.id, action: 'ticket.desk_check_in' }
  });
  // A repeated check-in issues nothing (no transaction to join), yet staff looked the appointment up.
  if (!r.created) await audit(ctx, user, officeId, 'ticket.desk_check_in', 'Ticket', r.id);
  const printed = await printSafely(ctx, r.id, kiosk?.id ?? null, baseUrl);
  return { ticket: r.ticket, created: r.created, appointment: r.appointment, print: printed };
}
