import { workOffice } from '../auth/scope';
import type { TrafficLight } from '../calendar/rules/deadlines';
import type { Ctx } from '../shared/context';
import { officeTerms, visibleAssignments, type ControlReader, type OfficeTerms } from './access';
import { isLive } from './rules/assignment-state';
import { assignmentLight } from './rules/terms';

/**
 * The control register (SPEC 3.4): every assignment a reader may see, with its light,
 * filtered by executor, controller, source, category, light, state and deadline period.
 */
export interface RegisterFilter {
  unitId?: number;
  controllerId?: number;
  sourceKind?: string;
  issuer?: string;
  category?: string;
  light?: TrafficLight;
  state?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
}

export const PAGE_SIZE = 100;

/**
 * Lights are computed, but a filter by light narrows the query by deadline first: red is
 * past the deadline, amber within the office's threshold — then the exact rule decides.
 */
function lightWindow(t: OfficeTerms, light: TrafficLight | undefined) {
  if (!light) return {};
  const amberUntil = t.cal.addWorkingDays(t.cal.onOrBefore(t.today), t.amberDays).add({ days: 6 }).toString();
  const live = { state: { in: ['OPEN', 'REPORTED', 'REMOVAL_REQUESTED'] } };
  if (light === 'red') return { ...live, deadline: { lt: t.today } };
  if (light === 'amber') return { ...live, deadline: { gte: t.today, lte: amberUntil } };
  return live;
}

export function registerWhere(reader: ControlReader, t: OfficeTerms, f: RegisterFilter) {
  return {
    ...visibleAssignments(reader),
    // In AND, so an executor filtering by another unit still sees only what its own unit executes.
    ...(f.unitId ? { AND: [{ executors: { some: { unitId: f.unitId } } }] } : {}),
    ...(f.controllerId ? { controllerId: f.controllerId } : {}),
    ...(f.sourceKind ? { sourceKind: f.sourceKind } : {}),
    ...(f.issuer ? { issuer: f.issuer } : {}),
    ...(f.category ? { category: f.category === 'none' ? null : f.category } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.from || f.to ? { deadline: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
    ...(f.q ? { OR: [{ content: { contains: f.q } }, { sourceRef: { contains: f.q } }] } : {}),
    ...lightWindow(t, f.light)
  };
}

const LIST_SELECT = {
  id: true,
  officeId: true,
  sourceKind: true,
  issuer: true,
  sourceRef: true,
  sourceDate: true,
  number: true,
  content: true,
  category: true,
  givenOn: true,
  deadline: true,
  state: true,
  onControl: true,
  extensions: true,
  reportedOn: true,
  removedOn: true,
  removalGround: true,
  fromReception: true,
  controller: { select: { id: true, fullName: true } },
  executors: { select: { lead: true, unit: { select: { id: true, nameKk: true, nameRu: true } } } },
  requests: { where: { state: 'PENDING' }, select: { kind: true } }
} as const;

export async function listAssignments(ctx: Ctx, reader: ControlReader, f: RegisterFilter) {
  const officeId = workOffice(reader.user);
  const t = await officeTerms(ctx, ctx.db, officeId);
  const where = registerWhere(reader, t, f);
  const rows = await ctx.db.assignment.findMany({ where, select: LIST_SELECT, orderBy: [{ deadline: 'asc' }, { id: 'asc' }], ...(f.light ? {} : { skip: ((f.page ?? 1) - 1) * PAGE_SIZE, take: PAGE_SIZE + 1 }) });
  let items = rows.map((a) => ({
    ...a,
    lead: a.executors.find((e) => e.lead)?.unit ?? null,
    co: a.executors.filter((e) => !e.lead).map((e) => e.unit),
    pending: a.requests.map((r) => r.kind),
    light: assignmentLight(t.cal, a, t.today, t.amberDays)
  }));
  if (f.light) {
    items = items.filter((a) => a.light === f.light);
    const start = ((f.page ?? 1) - 1) * PAGE_SIZE;
    items = items.slice(start, start + PAGE_SIZE + 1);
  }
  const more = items.length > PAGE_SIZE;
  return { today: t.today, page: f.page ?? 1, more, items: items.slice(0, PAGE_SIZE).map(({ executors: _e, requests: _r, ...rest }) => rest) };
}

/** The head's dashboard: live assignments by light, and by lead executor. */
export async function dashboard(ctx: Ctx, reader: ControlReader) {
  const officeId = workOffice(reader.user);
  const t = await officeTerms(ctx, ctx.db, officeId);
  const live = await ctx.db.assignment.findMany({
    where: { ...visibleAssignments(reader), state: { in: ['OPEN', 'REPORTED', 'REMOVAL_REQUESTED'] } },
    select: { state: true, deadline: true, reportedOn: true, executors: { where: { lead: true }, select: { unitId: true } } }
  });
  const units = await ctx.db.unit.findMany({ where: { officeId }, select: { id: true, nameKk: true, nameRu: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  const total = { green: 0, amber: 0, red: 0 };
  const byUnit = new Map<number, { green: number; amber: number; red: number }>();
  for (const a of live) {
    const light = assignmentLight(t.cal, a, t.today, t.amberDays);
    if (!light || !isLive(a.state)) continue;
    total[light]++;
    const unitId = a.executors[0]?.unitId;
    if (unitId === undefined) continue;
    const row = byUnit.get(unitId) ?? { green: 0, amber: 0, red: 0 };
    row[light]++;
    byUnit.set(unitId, row);
  }
  const pending = await ctx.db.controlRequest.groupBy({ by: ['kind'], where: { state: 'PENDING', assignment: visibleAssignments(reader) }, _count: { _all: true } });
  return {
    today: t.today,
    total,
    pending: Object.fromEntries(pending.map((p) => [p.kind, p._count._all])),
    units: units.map((u) => ({ ...u, ...(byUnit.get(u.id) ?? { green: 0, amber: 0, red: 0 }) })).filter((u) => u.green + u.amber + u.red > 0)
  };
}
