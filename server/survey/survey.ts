import { audit } from '../auth/audit';
import { requireRole, type SessionUser } from '../auth/sessions';
import { officeFilter, workOffice } from '../auth/scope';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import type { Language } from '../shared/language';
import { cleanComment, phoneSurveyFor, summarize, surveyOpen } from './rules';
import { isUniqueViolation } from '../db/errors';
import { instantAt, localDay } from '../shared/time';
import { Temporal } from 'temporal-polyfill';

/** A ticket's facts the survey rule needs, in one read (the ticket page asks on every queue event). */
function ticketSurvey(db: Db, token: string) {
  return db.ticket.findUnique({
    where: { token },
    select: {
      id: true,
      officeId: true,
      status: true,
      finishedAt: true,
      language: true,
      survey: { select: { id: true } }
    }
  });
}

/** One answer per ticket or application: the unique key decides a race, the loser is told it was given. */
async function saveAnswer(db: Db | Tx, data: Parameters<Db['surveyResponse']['create']>[0]['data']) {
  try {
    await db.surveyResponse.create({ data });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('survey_done');
    throw err;
  }
}

/** The survey state a ticket page shows: open, answered, or none (not served / too late). */
export async function surveyStateOf(
  db: Db,
  ticket: { token: string; status: string },
  now: Date
): Promise<'open' | 'done' | null> {
  // Not served yet (the page's usual case): nothing to ask, nothing to read.
  if (ticket.status !== 'DONE') return null;
  const t = await ticketSurvey(db, ticket.token);
  if (!t) return null;
  const refusal = surveyOpen({ ...t, answered: t.survey !== null }, now);
  return refusal === null ? 'open' : refusal === 'survey_done' ? 'done' : null;
}

/** The visitor's answer from the ticket page: once per ticket (a unique key makes a race lose too). */
export async function answerTicketSurvey(ctx: Ctx, token: string, input: { rating: number; comment: string }) {
  const ticket = await ticketSurvey(ctx.db, token);
  if (!ticket) throw new DomainError('unknown_ticket');
  const refusal = surveyOpen({ ...ticket, answered: ticket.survey !== null }, ctx.now());
  if (refusal) throw new DomainError(refusal);
  await saveAnswer(ctx.db, {
    officeId: ticket.officeId,
    channel: 'TICKET',
    ticketId: ticket.id,
    rating: input.rating,
    comment: cleanComment(input.comment),
    language: ticket.language,
    at: ctx.now()
  });
  return { survey: 'done' as const };
}

/** An applicant's answer taken by phone (003 ¶38), recorded by appeals staff. */
export async function recordPhoneSurvey(
  ctx: Ctx,
  u: SessionUser | null,
  applicationId: number,
  input: { rating: number; comment: string; language: Language }
) {
  const user = requireRole(u, ['appeals', 'head']);
  const app = await ctx.db.application.findFirst({
    where: { id: applicationId, ...officeFilter(user) },
    select: { id: true, officeId: true, state: true }
  });
  if (!app) throw new DomainError('unknown_application');
  if (!phoneSurveyFor(app.state)) throw new DomainError('survey_not_served');
  await ctx.db.$transaction(async (tx) => {
    await saveAnswer(tx, {
      officeId: app.officeId,
      channel: 'PHONE',
      applicationId: app.id,
      rating: input.rating,
      comment: cleanComment(input.comment),
      language: input.language,
      recordedById: user.id,
      at: ctx.now()
    });
    await audit({ db: tx, now: ctx.now }, user, app.officeId, 'survey.phone', 'Application', app.id, {
      rating: input.rating
    });
  }, TX_OPTIONS);
  return { survey: 'done' as const };
}

/**
 * The survey results of a period of office days (this month so far unless asked; the office's
 * zone, not UTC, draws the days' lines): overall, by service (ticket answers) and by channel, and
 * the latest comments.
 */
export async function surveySummary(ctx: Ctx, u: SessionUser | null, period: { from?: string; to?: string } = {}) {
  const user = requireRole(u, ['head', 'appeals', 'admin']);
  const officeId = workOffice(user);
  const { timeZone } = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  const today = localDay(ctx.now(), timeZone);
  const from = period.from ?? `${today.slice(0, 7)}-01`;
  const to = period.to ?? today;
  if (from > to) throw new DomainError('bad_request', { detail: 'from' });
  const rows = await ctx.db.surveyResponse.findMany({
    where: {
      officeId,
      at: {
        gte: instantAt(Temporal.PlainDate.from(from), 0, timeZone),
        lt: instantAt(Temporal.PlainDate.from(to).add({ days: 1 }), 0, timeZone)
      }
    },
    select: {
      rating: true,
      comment: true,
      channel: true,
      at: true,
      language: true,
      ticket: { select: { service: { select: { id: true, nameKk: true, nameRu: true } } } }
    },
    orderBy: { at: 'desc' }
  });
  const byService = new Map<number, { service: { nameKk: string; nameRu: string }; ratings: number[] }>();
  for (const r of rows) {
    const s = r.ticket?.service;
    if (!s) continue;
    const line = byService.get(s.id) ?? { service: s, ratings: [] };
    line.ratings.push(r.rating);
    byService.set(s.id, line);
  }
  return {
    from,
    to,
    total: summarize(rows.map((r) => r.rating)),
    ticket: summarize(rows.filter((r) => r.channel === 'TICKET').map((r) => r.rating)),
    phone: summarize(rows.filter((r) => r.channel === 'PHONE').map((r) => r.rating)),
    services: [...byService.values()].map((l) => ({ ...l.service, ...summarize(l.ratings) })),
    comments: rows
      .filter((r) => r.comment)
      .slice(0, 50)
      .map((r) => ({
        at: r.at.toISOString(),
        rating: r.rating,
        comment: r.comment,
        channel: r.channel,
        language: r.language
      }))
  };
}
