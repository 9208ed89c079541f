import { STATISTICS_ROLES } from '../auth/roles';
import { workOffice } from '../auth/scope';
import { requireRole, type SessionUser } from '../auth/sessions';
import type { Ctx } from '../realtime/context';
import { instantAt, localDay } from '../shared/time';
import { Temporal } from 'temporal-polyfill';

/**
 * The hall now, for its supervisor (issue 23): who waits for which service and the longest wait,
 * each window open, paused (why, since when) or serving (since when), the help calls not answered,
 * and whether a wait has passed the office's threshold. The page follows the office's feed, so any
 * call, pause or new ticket reads it again; the times are instants, the page counts the minutes.
 */
export interface LiveHall {
  at: string;
  warnMinutes: number;
  services: Array<{
    id: number;
    prefix: string;
    nameKk: string;
    nameRu: string;
    waiting: number;
    oldest: string | null;
  }>;
  windows: Array<{
    id: number;
    number: number;
    kind: string;
    state: string;
    pauseReason: string | null;
    since: string | null;
    staff: string | null;
    ticket: { code: string; status: string; since: string } | null;
  }>;
  help: Array<{ id: number; at: string }>;
}

export async function liveHall(ctx: Ctx, u: SessionUser | null): Promise<LiveHall> {
  const user = requireRole(u, STATISTICS_ROLES);
  const officeId = workOffice(user);
  const office = await ctx.db.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { timeZone: true, waitWarnMinutes: true }
  });
  const now = ctx.now();
  const today = localDay(now, office.timeZone);
  const midnight = instantAt(Temporal.PlainDate.from(today), 0, office.timeZone);
  const [services, waiting, windows, current, changes, help] = await Promise.all([
    ctx.db.service.findMany({
      where: { officeId, active: true },
      select: { id: true, prefix: true, nameKk: true, nameRu: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
    }),
    ctx.db.ticket.groupBy({
      by: ['serviceId'],
      where: { officeId, serviceDay: today, status: 'WAITING' },
      _count: { _all: true },
      _min: { arrivedAt: true }
    }),
    ctx.db.window.findMany({
      where: { officeId, active: true },
      select: {
        id: true,
        number: true,
        kind: true,
        state: true,
        pauseReason: true,
        user: { select: { fullName: true } }
      },
      orderBy: { number: 'asc' }
    }),
    ctx.db.ticket.findMany({
      where: { officeId, serviceDay: today, status: { in: ['CALLED', 'SERVING'] }, windowId: { not: null } },
      select: { windowId: true, code: true, status: true, calledAt: true, startedAt: true }
    }),
    // Since when each window is in its state: its last opening, pause or resumption today.
    ctx.db.ticketEvent.groupBy({
      by: ['windowId'],
      where: { officeId, at: { gte: midnight }, type: { in: ['window.opened', 'window.paused', 'window.resumed'] } },
      _max: { at: true }
    }),
    ctx.db.helpRequest.findMany({
      where: { officeId, state: 'OPEN' },
      select: { id: true, at: true },
      orderBy: { at: 'asc' }
    })
  ]);
  const waits = new Map(waiting.map((w) => [w.serviceId, w]));
  const since = new Map(changes.map((c) => [c.windowId, c._max.at]));
  return {
    at: now.toISOString(),
    warnMinutes: office.waitWarnMinutes,
    services: services.map((s) => ({
      ...s,
      waiting: waits.get(s.id)?._count._all ?? 0,
      oldest: waits.get(s.id)?._min.arrivedAt?.toISOString() ?? null
    })),
    windows: windows.map((w) => {
      const t = current.find((c) => c.windowId === w.id);
      return {
        id: w.id,
        number: w.number,
        kind: w.kind,
        state: w.state,
        pauseReason: w.pauseReason,
        since: since.get(w.id)?.toISOString() ?? null,
        staff: w.user?.fullName ?? null,
        ticket: t ? { code: t.code, status: t.status, since: (t.startedAt ?? t.calledAt ?? now).toISOString() } : null
      };
    }),
    help: help.map((h) => ({ id: h.id, at: h.at.toISOString() }))
  };
}
