import { requireRole, type SessionUser } from '../auth/sessions';
import { officeFilter } from '../auth/scope';
import { TX_OPTIONS, type Db, type Tx } from '../db/client';
import { officeByCode } from '../offices';
import type { PublicHelp } from '../realtime/contract';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import { isLanguage } from '../shared/language';
import { appendEvent } from '../feed';

/**
 * "I need help" at a kiosk: every staff console of the office shows it at once and one of them
 * acknowledges it ("coming"), which the kiosk then says. Anonymous, so bounded: a kiosk with an
 * open call within the last 5 minutes gets that call back, not a new alarm.
 */
const HELP_ROLES = ['specialist', 'registrar', 'official', 'admin', 'supervisor'] as const;
const REPEAT_WINDOW_MS = 5 * 60_000;

type HelpRow = {
  id: number;
  state: string;
  language: string;
  at: Date;
  kioskId: number | null;
  deviceId: number | null;
};

async function publicHelp(db: Db | Tx, h: HelpRow): Promise<PublicHelp> {
  const named = { select: { nameKk: true, nameRu: true } };
  const kiosk = h.deviceId
    ? await db.device.findUnique({ where: { id: h.deviceId }, ...named })
    : h.kioskId
      ? await db.kiosk.findUnique({ where: { id: h.kioskId }, ...named })
      : null;
  return {
    id: h.id,
    kiosk,
    language: h.language,
    state: h.state === 'ACKNOWLEDGED' ? 'ACKNOWLEDGED' : 'OPEN',
    at: h.at.toISOString()
  };
}

/** `deviceId`: the paired screen that asked (server/devices), null for an unpaired one. */
export async function requestHelp(ctx: Ctx, officeCode: string, input: { deviceId: number | null; language: string }) {
  if (!isLanguage(input.language)) throw new DomainError('bad_language');
  const office = await officeByCode(ctx.db, officeCode);
  const now = ctx.now();
  const recent = await ctx.db.helpRequest.findFirst({
    where: {
      officeId: office.id,
      deviceId: input.deviceId,
      state: 'OPEN',
      at: { gt: new Date(now.getTime() - REPEAT_WINDOW_MS) }
    },
    orderBy: { id: 'desc' }
  });
  if (recent) return publicHelp(ctx.db, recent);
  const { row, event } = await ctx.db.$transaction(async (tx) => {
    const row = await tx.helpRequest.create({
      data: { officeId: office.id, deviceId: input.deviceId, language: input.language, at: now }
    });
    const help = await publicHelp(tx, row);
    return {
      row,
      event: await appendEvent(
        tx,
        { officeId: office.id, type: 'help.requested', at: now, detail: { helpId: row.id }, help },
        office.timeZone
      )
    };
  }, TX_OPTIONS);
  ctx.publish(event);
  return publicHelp(ctx.db, row);
}

/** What a kiosk shows after asking: still open, or someone is coming. */
export async function helpState(ctx: Ctx, officeCode: string, id: number) {
  const office = await officeByCode(ctx.db, officeCode);
  const row = await ctx.db.helpRequest.findFirst({ where: { id, officeId: office.id } });
  if (!row) throw new DomainError('unknown_help');
  return publicHelp(ctx.db, row);
}

/** Open calls of the staff member's offices (a console that just opened). */
export async function openHelp(ctx: Ctx, u: SessionUser | null) {
  const user = requireRole(u, HELP_ROLES);
  const since = new Date(ctx.now().getTime() - 12 * 3600_000);
  const rows = await ctx.db.helpRequest.findMany({
    where: { ...officeFilter(user), state: 'OPEN', at: { gt: since } },
    orderBy: { id: 'asc' },
    take: 20
  });
  return Promise.all(rows.map((r) => publicHelp(ctx.db, r)));
}

export async function acknowledgeHelp(ctx: Ctx, u: SessionUser | null, id: number) {
  const user = requireRole(u, HELP_ROLES);
  const now = ctx.now();
  const result = await ctx.db.$transaction(async (tx) => {
    const row = await tx.helpRequest.findFirst({
      where: { id, ...officeFilter(user) },
      include: { office: { select: { timeZone: true } } }
    });
    if (!row) throw new DomainError('unknown_help');
    // Two consoles acknowledging at once: the first one counts, the second is told it is done.
    const done = await tx.helpRequest.updateMany({
      where: { id, state: 'OPEN' },
      data: { state: 'ACKNOWLEDGED', ackAt: now, ackById: user.id }
    });
    const help = await publicHelp(tx, { ...row, state: 'ACKNOWLEDGED' });
    if (done.count !== 1) return { help, event: null };
    return {
      help,
      event: await appendEvent(
        tx,
        { officeId: row.officeId, type: 'help.acknowledged', at: now, userId: user.id, detail: { helpId: id }, help },
        row.office.timeZone
      )
    };
  }, TX_OPTIONS);
  if (result.event) ctx.publish(result.event);
  return result.help;
}
