import { workOffice } from '../auth/scope';
import { Temporal } from 'temporal-polyfill';
import { trafficLight, type TrafficLight } from '../calendar/rules/deadlines';
import type { Db } from '../db/client';
import type { Ctx } from '../realtime/context';
import { officeTerms, visibleAssignments, type ControlReader, type OfficeTerms } from './access';
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
  /** One state, LIVE (the default: on control) or ALL. */
  state?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
}

export const PAGE_SIZE = 100;

const LIVE = ['OPEN', 'REPORTED', 'REMOVAL_REQUESTED'];

/**
 * The last deadline that is amber today: the light is a calendar rule (working days), so the
 * boundary is found with the rule itself, and then the filter is a plain date range in SQL.
 */
export function amberUntil(t: OfficeTerms): string {
  let d = Temporal.PlainDate.from(t.today);
  for (let i = 0; i < 90; i++) {
    const next = d.add({ days: 1 });
    if (trafficLight(t.cal, next, t.today, t.amberDays) !== 'amber') break;
    d = next;
  }
  return d.toString();
}

/**
 * `assignmentLight` as a Prisma `where` (so filters and counts run in the database, not over
 * every live row): green is reported by the deadline or far from it, red past it unreported in
 * time, amber within the office's threshold.
 */
export function lightWhere(db: Db, t: OfficeTerms, light: TrafficLight, until = amberUntil(t)) {
  const deadline = db.assignment.fields.deadline;
  const live = { state: { in: LIVE } };
  if (light === 'green') return { ...live, OR: [{ reportedOn: { lte: deadline } }, { deadline: { gt: until } }] };
  const notOnTime = { OR: [{ reportedOn: null }, { reportedOn: { gt: deadline } }] };
  return { ...live, ...notOnTime, deadline: light === 'red' ? { lt: t.today } : { gte: t.today, lte: until } };
}

export function registerWhere(db: Db, reader: ControlReader, t: OfficeTerms, f: RegisterFilter) {
  return {
    ...visibleAssignments(reader),
    ...(f.controllerId ? { controllerId: f.controllerId } : {}),
    ...(f.sourceKind ? { sourceKind: f.sourceKind } : {}),
    ...(f.issuer ? { issuer: f.issuer } : {}),
    ...(f.category ? { category: f.category === 'none' ? null : f.category } : {}),
    // What is on control unless asked otherwise: five years of removed ones would bury it.
    ...(f.state === 'ALL' ? {} : { state: !f.state || f.state === 'LIVE' ? { in: LIVE } : f.state }),
    // In AND, so no filter replaces another's condition on the same column (an executor
    // filtering by another unit still sees only what its own unit executes).
    AND: [
      ...(f.unitId ? [{ executors: { some: { unitId: f.unitId } } }] : []),
      ...(f.from || f.to ? [{ deadline: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } }] : []),
      ...(f.q ? [{ OR: [{ content: { contains: f.q } }, { sourceRef: { contains: f.q } }] }] : []),
      ...(f.light ? [lightWhere(db, t, f.light)] : [])
    ]
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
  const page = f.page ?? 1;
  const rows = await ctx.db.assignment.findMany({
    where: registerWhere(ctx.db, reader, t, f),
    select: LIST_SELECT,
    orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1
  });
  const items = rows.slice(0, PAGE_SIZE).map(({ executors, requests, ...a }) => ({
    ...a,
    lead: executors.find((e) => e.lead)?.unit ?? null,
    co: executors.filter((e) => !e.lead).map((e) => e.unit),
    pending: requests.map((r) => r.kind),
    light: assignmentLight(t.cal, a, t.today, t.amberDays)
  }));
  return { today: t.today, page, more: rows.length > PAGE_SIZE, items };
}

const LIGHTS = ['green', 'amber', 'red'] as const;

/** The head's dashboard: live assignments by light, and by lead executor — counted in the database. */
export async function dashboard(ctx: Ctx, reader: ControlReader) {
  const officeId = workOffice(reader.user);
  const t = await officeTerms(ctx, ctx.db, officeId);
  const until = amberUntil(t);
  const visible = visibleAssignments(reader);
  const counts = await Promise.all(
    LIGHTS.map(async (light) => {
      const where = { AND: [visible, lightWhere(ctx.db, t, light, until)] };
      const [total, byUnit] = await Promise.all([
        ctx.db.assignment.count({ where }),
        ctx.db.assignmentExecutor.groupBy({
          by: ['unitId'],
          where: { lead: true, assignment: where },
          _count: { _all: true }
        })
      ]);
      return { light, total, byUnit: new Map(byUnit.map((r) => [r.unitId, r._count._all])) };
    })
  );
  const units = await ctx.db.unit.findMany({
    where: { officeId },
    select: { id: true, nameKk: true, nameRu: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
  });
  const pending = await ctx.db.controlRequest.groupBy({
    by: ['kind'],
    where: { state: 'PENDING', assignment: visible },
    _count: { _all: true }
  });
  const perUnit = (id: number) =>
    Object.fromEntries(counts.map((c) => [c.light, c.byUnit.get(id) ?? 0])) as Record<(typeof LIGHTS)[number], number>;
  return {
    today: t.today,
    total: Object.fromEntries(counts.map((c) => [c.light, c.total])) as Record<(typeof LIGHTS)[number], number>,
    pending: Object.fromEntries(pending.map((p) => [p.kind, p._count._all])),
    units: units.map((u) => ({ ...u, ...perUnit(u.id) })).filter((u) => u.green + u.amber + u.red > 0)
  };
}
