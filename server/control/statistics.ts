import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/client';
import { summarize } from '../survey/rules';
import {
  controlLines,
  noCounts,
  type ControlCounts,
  type OfficialLine,
  type ReportAssignment
} from './rules/control-counts';
import { executedOnTime } from './rules/terms';

/**
 * Control of execution in figures (issue 23) and the reception rooms' figures of 003 ¶40, read
 * from this capability's tables for the statistics pages and the quarterly report alike.
 */

/** The reception rooms' report (003 ¶40): per official, sessions held, applicants, decisions, assignments. */
export async function officialLines(
  db: Db,
  officeId: number,
  from: string,
  to: string,
  officialId?: number
): Promise<OfficialLine[]> {
  const sessions = await db.receptionSession.findMany({
    where: { officeId, status: 'ACTIVE', date: { gte: from, lte: to }, ...(officialId ? { officialId } : {}) },
    include: {
      official: true,
      applications: {
        where: { state: 'RECEIVED' },
        select: {
          id: true,
          survey: { select: { rating: true } },
          ticket: { select: { survey: { select: { rating: true } } } }
        }
      },
      protocol: {
        include: {
          items: { select: { decision: true } },
          assignments: { select: { deadline: true, reportedOn: true, state: true } }
        }
      }
    }
  });
  const lines = new Map<number, OfficialLine>();
  // Satisfaction (003 ¶40) where recorded: the applicant's phone answer (003 ¶38) or the survey of their check-in ticket.
  const ratings = new Map<number, number[]>();
  for (const s of sessions) {
    const r = ratings.get(s.officialId) ?? [];
    for (const a of s.applications) {
      const rating = a.survey?.rating ?? a.ticket?.survey?.rating;
      if (rating) r.push(rating);
    }
    ratings.set(s.officialId, r);
    const l = lines.get(s.officialId) ?? {
      officialId: s.officialId,
      official: s.official.fullName,
      sessions: 0,
      applicants: 0,
      decisions: 0,
      assignments: 0,
      onTime: 0,
      overdue: 0,
      satisfaction: null
    };
    l.sessions++;
    l.applicants += s.applications.length;
    l.decisions += s.protocol?.items.filter((i) => i.decision.trim()).length ?? 0;
    for (const a of s.protocol?.assignments ?? []) {
      l.assignments++;
      if (executedOnTime(a)) l.onTime++;
      else if (a.state !== 'INFO' && (a.reportedOn !== null || a.deadline < to)) l.overdue++;
    }
    lines.set(s.officialId, l);
  }
  for (const [officialId, l] of lines) l.satisfaction = summarize(ratings.get(officialId) ?? []).average;
  return [...lines.values()].sort((a, b) => a.official.localeCompare(b.official));
}

/** What an assignment's counts are made of (controlLines): the quarterly report and the statistics read the same. */
export const REPORT_ASSIGNMENT = {
  issuer: true,
  deadline: true,
  givenOn: true,
  state: true,
  reportedOn: true,
  removedOn: true,
  extensions: true
} as const;

export interface ControlTallies {
  units: Array<{ id: number; nameKk: string; nameRu: string }>;
  /** Assignments under control at some point of the period, and what became of them. */
  total: ControlCounts;
  bySource: Array<{ issuer: string } & ControlCounts>;
  byKind: Array<{ sourceKind: string } & ControlCounts>;
  byUnit: Array<{ unitId: number } & ControlCounts>;
  /** By the month of the deadline, of those due in the period. */
  byMonth: Array<{ month: string } & ControlCounts>;
  /** Their states now. */
  byState: Record<string, number>;
  /** Each lead unit's assignments past their deadline today without a report, oldest first. */
  overdue: Array<{
    unitId: number;
    items: Array<{ id: number; number: string; sourceRef: string; content: string; deadline: string; days: number }>;
  }>;
}

export async function controlTallies(
  db: Db,
  officeId: number,
  from: string,
  to: string,
  today: string,
  unitId?: number
): Promise<ControlTallies> {
  const [units, assignments] = await Promise.all([
    db.unit.findMany({
      where: { officeId },
      select: { id: true, nameKk: true, nameRu: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
    }),
    db.assignment.findMany({
      where: {
        officeId,
        onControl: true,
        givenOn: { lte: to },
        OR: [{ removedOn: null }, { removedOn: { gte: from } }],
        ...(unitId ? { executors: { some: { unitId, lead: true } } } : {})
      },
      select: {
        ...REPORT_ASSIGNMENT,
        id: true,
        number: true,
        sourceRef: true,
        sourceKind: true,
        content: true,
        executors: { where: { lead: true }, select: { unitId: true } }
      },
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }]
    })
  ]);
  const rows = assignments.map((a) => ({ ...a, unitId: a.executors[0]?.unitId ?? 0 }));
  const lines = <K>(keyOf: (a: (typeof rows)[number]) => K, rs: typeof rows = rows) =>
    controlLines(rs as Array<ReportAssignment & (typeof rows)[number]>, from, to, keyOf);
  const total = lines(() => 0).get(0) ?? noCounts();
  const byState: Record<string, number> = {};
  for (const a of rows) if (a.state !== 'INFO') byState[a.state] = (byState[a.state] ?? 0) + 1;
  const overdue = new Map<number, ControlTallies['overdue'][number]['items']>();
  for (const a of rows) {
    if (a.state === 'INFO' || a.state === 'REMOVED' || a.reportedOn !== null || a.deadline >= today) continue;
    const list = overdue.get(a.unitId) ?? [];
    list.push({
      id: a.id,
      number: a.number,
      sourceRef: a.sourceRef,
      content: a.content,
      deadline: a.deadline,
      days: Temporal.PlainDate.from(a.deadline).until(Temporal.PlainDate.from(today)).days
    });
    overdue.set(a.unitId, list);
  }
  const unitOrder = [...units.map((u) => u.id), 0];
  const inUnitOrder = <T extends { unitId: number }>(xs: T[]) =>
    xs.sort((a, b) => unitOrder.indexOf(a.unitId) - unitOrder.indexOf(b.unitId));
  return {
    units,
    total,
    bySource: [...lines((a) => a.issuer)].map(([issuer, l]) => ({ issuer, ...l })),
    byKind: [...lines((a) => a.sourceKind)].map(([sourceKind, l]) => ({ sourceKind, ...l })),
    byUnit: inUnitOrder([...lines((a) => a.unitId)].map(([id, l]) => ({ unitId: id, ...l }))),
    byMonth: [
      ...lines(
        (a) => a.deadline.slice(0, 7),
        rows.filter((a) => a.deadline >= from && a.deadline <= to)
      )
    ]
      .map(([month, l]) => ({ month, ...l }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    byState,
    overdue: inUnitOrder([...overdue].map(([id, items]) => ({ unitId: id, items })))
  };
}
