import { z } from 'zod';
import type { SessionUser } from '../auth/sessions';
import { RECORDS_STATISTICS_ROLES } from '../auth/roles';
import { officialLines } from '../control';
import type { OfficialLine } from '../control/rules/control-counts';
import type { Ctx } from '../realtime/context';
import { receptionTallies, type ReceptionTallies } from '../reception';
import { periodOf, periodQuery, type Period } from './period';

/** Personal reception's period and its one filter, an official. */
export const receptionQuery = periodQuery.extend({
  officialId: z.coerce.number().int().positive().optional()
});
export type ReceptionQuery = Omit<z.infer<typeof receptionQuery>, 'lang'>;

export interface ReceptionView extends Period, ReceptionTallies {
  filter: ReceptionQuery;
  /** The reception rooms' report (003 ¶40) per official: the figures of its file, on screen. */
  rooms: OfficialLine[];
  /** Registered without the substance of their issue, so not considered (003 ¶5): the report's line. */
  notConsidered: number;
}

/**
 * Personal reception in figures (issue 23, 003 ¶40) for the head and the appeals department:
 * sessions held, cancelled and moved per official; applications, their outcomes and whether
 * each applicant was answered in time. Counts only: no applicant is named.
 */
export async function receptionStatistics(ctx: Ctx, u: SessionUser | null, q: ReceptionQuery): Promise<ReceptionView> {
  const p = await periodOf(ctx, u, RECORDS_STATISTICS_ROLES, q, 90);
  const [tallies, rooms] = await Promise.all([
    receptionTallies(ctx.db, p.office.id, p.from, p.to, p.today, q.officialId),
    officialLines(ctx.db, p.office.id, p.from, p.to, q.officialId)
  ]);
  return {
    office: p.office,
    from: p.from,
    to: p.to,
    today: p.today,
    filter: q,
    ...tallies,
    rooms,
    notConsidered: tallies.byState.NOT_CONSIDERED
  };
}
