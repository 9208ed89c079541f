import { deadlineCalendar } from '../calendar';
import type { Db } from '../db/client';
import { facts } from './applications';
import { APPLICATION_STATES, type ApplicationState } from './rules/application-state';
import {
  ANSWER_OUTCOMES,
  answerOutcome,
  SESSION_OUTCOMES,
  sessionOutcome,
  zeroes,
  type AnswerOutcome,
  type Counted,
  type SessionOutcome
} from './rules/statistics';

/**
 * Personal reception's figures for a period (issue 23), read from this capability's own tables:
 * sessions dated in the period, applications registered in it. Aggregates only — no applicant's
 * name leaves here; the statistics capability draws them.
 */
export interface ReceptionTallies {
  officials: Array<{ id: number; fullName: string }>;
  sessions: Counted<SessionOutcome>;
  sessionsByOfficial: Array<{ officialId: number } & Counted<SessionOutcome>>;
  registered: number;
  byState: Counted<ApplicationState>;
  byChannel: Record<string, number>;
  answers: Counted<AnswerOutcome>;
  /** By the month of registration: registered, and what became of their answers. */
  byMonth: Array<{ month: string; registered: number } & Counted<AnswerOutcome>>;
}

export async function receptionTallies(
  db: Db,
  officeId: number,
  from: string,
  to: string,
  today: string,
  officialId?: number
): Promise<ReceptionTallies> {
  const [officials, sessions, applications, cal] = await Promise.all([
    db.official.findMany({
      where: { officeId },
      select: { id: true, fullName: true },
      orderBy: [{ sortOrder: 'asc' }, { fullName: 'asc' }]
    }),
    db.receptionSession.findMany({
      where: { officeId, date: { gte: from, lte: to }, ...(officialId ? { officialId } : {}) },
      select: { officialId: true, status: true, movedToId: true, date: true }
    }),
    db.application.findMany({
      where: {
        officeId,
        registeredOn: { gte: from, lte: to },
        ...(officialId ? { OR: [{ requestedOfficialId: officialId }, { session: { officialId } }] } : {})
      },
      select: {
        state: true,
        channel: true,
        registeredOn: true,
        answeredOn: true,
        extensionKind: true,
        extendedOn: true,
        extendedUntil: true,
        extensionNoticeOn: true,
        referenceNoteOn: true,
        hearingDecisionOn: true,
        hearingDraftSentOn: true,
        forwardedOn: true,
        otherBodyRequestedOn: true,
        otherBodyNoticeOn: true,
        session: { select: { date: true } }
      }
    }),
    deadlineCalendar(db)
  ]);

  const total = zeroes(SESSION_OUTCOMES);
  const perOfficial = new Map<number, Counted<SessionOutcome>>();
  for (const s of sessions) {
    const outcome = sessionOutcome(s, today);
    total[outcome]++;
    let line = perOfficial.get(s.officialId);
    if (!line) perOfficial.set(s.officialId, (line = zeroes(SESSION_OUTCOMES)));
    line[outcome]++;
  }

  const byState = zeroes(APPLICATION_STATES);
  const byChannel: Record<string, number> = {};
  const answers = zeroes(ANSWER_OUTCOMES);
  const months = new Map<string, { month: string; registered: number } & Counted<AnswerOutcome>>();
  for (const a of applications) {
    byState[a.state as ApplicationState]++;
    byChannel[a.channel] = (byChannel[a.channel] ?? 0) + 1;
    const month = a.registeredOn.slice(0, 7);
    let line = months.get(month);
    if (!line) months.set(month, (line = { month, registered: 0, ...zeroes(ANSWER_OUTCOMES) }));
    line.registered++;
    const outcome = answerOutcome(cal, facts(a), today);
    if (outcome) {
      answers[outcome]++;
      line[outcome]++;
    }
  }

  return {
    officials,
    sessions: total,
    sessionsByOfficial: officials
      .filter((o) => perOfficial.has(o.id))
      .map((o) => ({ officialId: o.id, ...perOfficial.get(o.id)! })),
    registered: applications.length,
    byState,
    byChannel,
    answers,
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month))
  };
}
