import type { Db } from '../db/client';
import { officeToday } from '../calendar/rules/deadlines';
import { officeByCode } from '../offices';
import { issueTicket } from '../queue';
import type { StaffAudit, TicketView } from '../queue';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import type { Language } from '../shared/language';
import { checkIin } from './rules/iin';
import { screenAccess } from '../devices';
import { keyedLimiter } from '../realtime/rules/rate';
import { parseRegisterNumber } from './rules/register-columns';

/**
 * Appointment check-in on the day (SPEC 2.2): at the kiosk or the registrar desk the visitor
 * gives their ИИН or the register number from the answer letter; today's booking is found and a
 * ticket is issued bound to it, which only the session's room calls. The visitor learns only
 * "you are expected at 11:20, room 5" — nothing else about the booking is shown.
 */
export interface CheckInRequest {
  officeCode: string;
  /** 12-digit ИИН, or a register number "2026/0012". */
  key: string;
  language: Language;
  kiosk?: string | null;
  /** Checked in by staff at the desk: audited with the ticket it issues. */
  audit?: StaffAudit | null;
}

export interface Appointment {
  slotTime: string | null;
  room: { number: number; kind: string } | null;
}

/** Which application the key names: by ИИН, or by register number. */
function keyWhere(key: string) {
  const k = key.trim();
  const number = parseRegisterNumber(k);
  if (number) return number;
  if (checkIin(k).ok) return { iin: k };
  throw new DomainError('bad_iin');
}

export async function todaysAppointment(db: Db, officeId: number, key: string, today: string) {
  const where = { officeId, state: 'SCHEDULED', ...keyWhere(key) };
  const app = await db.application.findFirst({
    where: { ...where, session: { date: today, status: 'ACTIVE' } },
    include: { session: { include: { room: { include: { services: { include: { service: true } } } } } } },
    orderBy: { slotTime: 'asc' }
  });
  if (app) return app;
  throw new DomainError(
    (await db.application.count({ where })) > 0 ? 'appointment_other_day' : 'appointment_not_found'
  );
}

export async function checkIn(
  ctx: Ctx,
  req: CheckInRequest
): Promise<{ ticket: TicketView; created: boolean; id: number; kioskId: number | null; appointment: Appointment }> {
  const office = await officeByCode(ctx.db, req.officeCode);
  const app = await todaysAppointment(ctx.db, office.id, req.key, officeToday(ctx.now(), office.timeZone).toString());
  const { appointment, room, service } = placeOf(app);
  // One appointment, one ticket: a retry or a second visit to the kiosk gets the same ticket.
  const issued = await issueTicket(ctx, {
    officeCode: office.code,
    serviceId: service.id,
    language: req.language,
    category: app.category,
    kiosk: req.kiosk ?? null,
    idempotencyKey: `appointment-${app.id}`,
    appointment: { applicationId: app.id, targetWindowId: room.id },
    audit: req.audit ?? null
  });
  return { ...issued, appointment };
}

type AppointmentRow = Awaited<ReturnType<typeof todaysAppointment>>;

/** Where and when the visitor is expected, and the room's service their ticket is for. */
function placeOf(app: AppointmentRow) {
  const room = app.session!.room;
  const service = room?.services.map((s) => s.service).find((s) => s.active);
  if (!room || !service) throw new DomainError('appointment_no_room');
  return { appointment: { slotTime: app.slotTime, room: { number: room.number, kind: room.kind } }, room, service };
}

/** Lookups a kiosk screen, or an address, may make: 10, then one more every minute. */
export const KIOSK_LOOKUPS = { burst: 10, perSecond: 1 / 60 };
const lookupAllowed = keyedLimiter(KIOSK_LOOKUPS);

/** What told a guesser something: each of these answers the kiosk as "no appointment today". */
const MISSES = new Set(['bad_iin', 'appointment_other_day', 'appointment_not_found']);

/**
 * Check-in at a kiosk screen, in two steps: the visitor types their ИИН or register number and is
 * told when and where they are expected — nothing is queued —, then confirms on the screen and gets
 * the ticket. Only a paired kiosk screen may ask (an unpaired one in an open office may not: the
 * answer says who is expected today); a wrong number, an ИИН with no appointment and an appointment
 * on another day look the same; lookups are limited per screen and per address; the answer never
 * carries the visitor's category. The registrar's desk checks in through reception/desk.ts.
 */
export async function kioskCheckIn(
  ctx: Ctx,
  req: {
    officeCode: string;
    deviceToken: string | undefined;
    address: string;
    key: string;
    language: Language;
    confirm: boolean;
  }
) {
  const access = await screenAccess(ctx, req.officeCode, 'KIOSK', req.deviceToken);
  if (!access.device) throw new DomainError('device_not_paired');
  const now = ctx.now().getTime();
  if (
    !lookupAllowed(ctx.db, `device:${access.device.id}`, now) ||
    !lookupAllowed(ctx.db, `address:${req.address}`, now)
  )
    throw new DomainError('too_many_attempts', { minutes: 1 });
  try {
    if (!req.confirm) {
      const office = await officeByCode(ctx.db, req.officeCode);
      const app = await todaysAppointment(
        ctx.db,
        office.id,
        req.key,
        officeToday(ctx.now(), office.timeZone).toString()
      );
      return { appointment: placeOf(app).appointment };
    }
    const r = await checkIn(ctx, {
      officeCode: req.officeCode,
      key: req.key,
      language: req.language,
      kiosk: access.device.kioskCode
    });
    return { ...r, ticket: { ...r.ticket, category: null, categoryStatus: null } };
  } catch (err) {
    if (err instanceof DomainError && MISSES.has(err.code)) throw new DomainError('appointment_not_found');
    throw err;
  }
}
