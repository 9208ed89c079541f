import type { Scoped } from '../auth/scope';
import { inScope } from '../auth/scope';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import { localDay } from '../shared/time';
import { parsePausePresets } from '../offices/rules/pause-presets';
import { isOutOfTurn } from './rules/categories';
import { rulesOf } from './rules/queue-order';
import { lineHead, lineLength, type LineTicket } from './line';

/** How much of the line the console shows (a day's backlog may be thousands). */
export const CONSOLE_LINE = 50;

/** The console's view of a window: itself, its current ticket, and who waits for it in call order. */
export async function windowConsole(ctx: Ctx, windowId: number, actor: Scoped) {
  const now = ctx.now();
  const w = await ctx.db.window.findUnique({
    where: { id: windowId },
    include: { office: true, services: { include: { service: true } }, user: { select: { id: true, fullName: true } } }
  });
  if (!w || !w.active || !inScope(actor, w.officeId)) throw new DomainError('unknown_window');
  const serviceIds = w.services.map((s) => s.serviceId);
  const serviceDay = localDay(now, w.office.timeZone);
  const line = { officeId: w.officeId, serviceDay, serviceIds, windowId: w.id };
  const [current, head, waitingTotal, officeServices, officeWindows, kiosks] = await Promise.all([
    ctx.db.ticket.findFirst({
      where: { windowId: w.id, status: { in: ['CALLED', 'SERVING'] } },
      include: { service: true }
    }),
    lineHead(ctx.db, line, now, rulesOf(w.office), CONSOLE_LINE),
    lineLength(ctx.db, line),
    ctx.db.service.findMany({
      where: { officeId: w.officeId, active: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
    }),
    ctx.db.window.findMany({
      where: { officeId: w.officeId, active: true },
      include: { services: true },
      orderBy: { number: 'asc' }
    }),
    ctx.db.kiosk.findMany({ where: { officeId: w.officeId, active: true }, orderBy: { id: 'asc' } })
  ]);
  const names = new Map(
    w.services.map((s) => [s.service.id, { id: s.service.id, nameKk: s.service.nameKk, nameRu: s.service.nameRu }])
  );
  const row = (t: LineTicket & { service?: { id: number; nameKk: string; nameRu: string } }) => ({
    id: t.id,
    code: t.code,
    service: names.get(t.serviceId) ?? {
      id: t.serviceId,
      nameKk: t.service?.nameKk ?? '',
      nameRu: t.service?.nameRu ?? ''
    },
    category: t.category,
    categoryStatus: t.categoryStatus,
    outOfTurn: isOutOfTurn(t),
    needsAssistance: Boolean(t.needsAssistance),
    language: t.language,
    status: t.status,
    arrivedAt: new Date(t.arrivedAt).toISOString(),
    calledAt: t.calledAt === null ? null : new Date(t.calledAt).toISOString(),
    startedAt: t.startedAt === null ? null : new Date(t.startedAt).toISOString(),
    callCount: Number(t.callCount),
    printStatus: t.printStatus
  });
  return {
    window: {
      id: w.id,
      number: w.number,
      kind: w.kind,
      state: w.state,
      pauseReason: w.pauseReason,
      user: w.user,
      office: { id: w.office.id, code: w.office.code, nameKk: w.office.nameKk, nameRu: w.office.nameRu },
      pausePresets: parsePausePresets(w.office.pausePresets),
      services: w.services.map((s) => ({ id: s.service.id, nameKk: s.service.nameKk, nameRu: s.service.nameRu }))
    },
    current: current ? row(current) : null,
    // The head of the line: what a specialist can act on; the total says how long it is.
    waiting: head.map(row),
    waitingTotal,
    transferTargets: {
      services: officeServices.map((s) => ({ id: s.id, nameKk: s.nameKk, nameRu: s.nameRu })),
      windows: officeWindows.map((o) => ({
        id: o.id,
        number: o.number,
        kind: o.kind,
        serviceIds: o.services.map((s) => s.serviceId)
      }))
    },
    // Kiosks whose last print failed: staff tell visitors and reprint (SPEC 1.2).
    printerFaults: kiosks
      .filter((k) => k.printerKind !== 'NONE' && !['OK', 'UNKNOWN'].includes(k.printerStatus))
      .map((k) => ({
        id: k.id,
        nameKk: k.nameKk,
        nameRu: k.nameRu,
        fault: k.printerStatus,
        at: k.printerCheckedAt?.toISOString() ?? null
      })),
    kiosks: kiosks
      .filter((k) => k.printerKind !== 'NONE')
      .map((k) => ({ id: k.id, nameKk: k.nameKk, nameRu: k.nameRu })),
    now: now.toISOString()
  };
}
export type WindowConsole = Awaited<ReturnType<typeof windowConsole>>;
