import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/client';
import { instantAt } from '../shared/time';
import { summarize, type Summary } from './rules/summary';

/**
 * The hall's figures not kept in roll-ups (issue 23): help calls (a few a day) and the visitors'
 * comments (the latest of the period), read for the period's office days in the office's zone.
 */

/** The period's first and last instants in the office's zone. */
export function periodInstants(from: string, to: string, timeZone: string): { gte: Date; lt: Date } {
  return {
    gte: instantAt(Temporal.PlainDate.from(from), 0, timeZone),
    lt: instantAt(Temporal.PlainDate.from(to).add({ days: 1 }), 0, timeZone)
  };
}

export interface HelpFigures {
  requests: number;
  answered: number;
  /** Whole seconds from the call to a staff member's answer. */
  answer: Summary;
}

export async function helpFigures(db: Db, officeId: number, from: string, to: string, timeZone: string) {
  const rows = await db.helpRequest.findMany({
    where: { officeId, at: periodInstants(from, to, timeZone) },
    select: { at: true, ackAt: true }
  });
  const answered = rows.filter((r) => r.ackAt !== null);
  return {
    requests: rows.length,
    answered: answered.length,
    answer: summarize(answered.map((r) => Math.max(0, Math.round((r.ackAt!.getTime() - r.at.getTime()) / 1000))))
  } satisfies HelpFigures;
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
