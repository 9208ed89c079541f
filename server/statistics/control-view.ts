import { z } from 'zod';
import type { SessionUser } from '../auth/sessions';
import { RECORDS_STATISTICS_ROLES } from '../auth/roles';
import { controlTallies, type ControlTallies } from '../control';
import type { Ctx } from '../realtime/context';
import { periodOf, periodQuery, type Period } from './period';

/** Control's period and its one filter, the lead unit. */
export const controlQuery = periodQuery.extend({
  unitId: z.coerce.number().int().positive().optional()
});
export type ControlQuery = Omit<z.infer<typeof controlQuery>, 'lang'>;

export interface ControlView extends Period, ControlTallies {
  filter: ControlQuery;
}

/**
 * Control of execution in figures (issue 23) for the head and the appeals department: the
 * assignments under control in the period by source, kind, unit and month of their deadline,
 * what became of them (on time, late, overdue, extended, removed), and each unit's overdue list.
 */
export async function controlStatistics(ctx: Ctx, u: SessionUser | null, q: ControlQuery): Promise<ControlView> {
  const p = await periodOf(ctx, u, RECORDS_STATISTICS_ROLES, q, 90);
  const tallies = await controlTallies(ctx.db, p.office.id, p.from, p.to, p.today, q.unitId);
  return { office: p.office, from: p.from, to: p.to, today: p.today, filter: q, ...tallies };
}
