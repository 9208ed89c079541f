import type { Db } from '../db/client';
import { Dense, type Pairs, type Summary } from './rules/summary';

/** The hall's calls for help added up from their days, and the visitors' latest comments (issue 23). */

export interface HelpFigures {
  requests: number;
  answered: number;
  /** Whole seconds from the call to a staff member's answer. */
  answer: Summary;
}

/** The days' calls for help added up (they are rolled up with the day, rules as for waits). */
export function helpFigures(days: ReadonlyArray<{ requests: number; answered: number; seconds: Pairs }>): HelpFigures {
  const seconds = new Dense();
  let requests = 0;
  let answered = 0;
  for (const d of days) {
    requests += d.requests;
    answered += d.answered;
    seconds.add(d.seconds);
  }
  return { requests, answered, answer: seconds.summary() };
}

export interface Comment {
  at: string;
  rating: number;
  comment: string;
  serviceId: number;
  windowId: number | null;
}

/** The period's latest comments left with a rating on the ticket's page, newest first. */
export async function latestComments(
  db: Db,
  officeId: number,
  from: string,
  to: string,
  filter: { serviceId?: number; windowId?: number },
  take = 20
): Promise<Comment[]> {
  const rows = await db.surveyResponse.findMany({
    where: {
      officeId,
      channel: 'TICKET',
      comment: { not: '' },
      ticket: {
        serviceDay: { gte: from, lte: to },
        ...(filter.serviceId ? { serviceId: filter.serviceId } : {}),
        ...(filter.windowId ? { windowId: filter.windowId } : {})
      }
    },
    select: { at: true, rating: true, comment: true, ticket: { select: { serviceId: true, windowId: true } } },
    orderBy: { at: 'desc' },
    take
  });
  return rows.map((r) => ({
    at: r.at.toISOString(),
    rating: r.rating,
    comment: r.comment,
    serviceId: r.ticket!.serviceId,
    windowId: r.ticket!.windowId
  }));
}
