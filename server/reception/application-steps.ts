import type { SessionUser } from '../auth/sessions';
import { audit } from '../auth/audit';
import type { Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { deadlineCalendar } from '../calendar';
import { earliestHearingDecision, hearingNoticeDue, officeToday } from '../calendar/rules/deadlines';
import type { WorkingCalendar } from '../calendar/rules/calendar';
import { DomainError } from '../shared/errors';
import { localClock } from '../shared/time';
import type { Ctx } from '../realtime/context';
import { receptionReader } from './access';
import { visibleApplication } from './applications';
import {
  ANSWER_PENDING,
  nextApplicationState,
  type ApplicationAction,
  type ApplicationState
} from './rules/application-state';
import { extensionCap } from './rules/application-due';
import { needsHearing, type ExtensionKind, type RefusalGround } from './rules/catalogue';
import { firstFreeSlot, slotTimes } from './rules/schedule';
import { isUniqueViolation } from '../db/errors';

/** Every step of an application (003 ¶5–33): checked, applied, recorded as an event with who and when. */

export type StepInput =
  | { action: 'return'; reason: string; until: string }
  | { action: 'resubmit' | 'review' | 'attend' | 'noShow' }
  | { action: 'schedule' | 'reschedule'; sessionId: number; slotTime?: string | null; answeredOn?: string | null }
  | { action: 'proposeRefusal'; ground: RefusalGround; decisionOn: string; draftSentOn?: string | null }
  | { action: 'refuse'; ground: RefusalGround; decidedOn?: string | null }
  | { action: 'forward'; to: string; on?: string | null }
  | { action: 'withdraw'; note?: string };

/** Facts recorded on an application that do not change its state. */
export type RecordInput =
  | { record: 'hearing'; on: string; method: string; by: string; outcome: string }
  | { record: 'extension'; kind: ExtensionKind; on: string; until?: string | null; reason: string }
  | { record: 'otherBody'; name: string; on: string }
  | {
      record: 'notice';
      what: 'answer' | 'extensionNotice' | 'otherBodiesNotice' | 'referenceNote' | 'hearingDraft';
      on: string;
    };

const NOTICE_FIELD = {
  answer: 'answeredOn',
  extensionNotice: 'extensionNoticeOn',
  otherBodiesNotice: 'otherBodyNoticeOn',
  referenceNote: 'referenceNoteOn',
  hearingDraft: 'hearingDraftSentOn'
} as const;

type Loaded = Awaited<ReturnType<typeof visibleApplication>>;

interface StepContext {
  tx: Tx;
  app: Loaded;
  cal: WorkingCalendar;
  today: string;
  /** The office's local time now, "HH:MM": a slot of today before it has passed. */
  clock: string;
  user: SessionUser;
}

/** A session an applicant can be booked into, and the slot they get. */
async function bookSlot(
  s: StepContext,
  sessionId: number,
  wanted: string | null | undefined
): Promise<{ sessionId: number; slotTime: string }> {
  const session = await s.tx.receptionSession.findFirst({
    where: { id: sessionId, officeId: s.app.officeId },
    include: {
      schedule: true,
      applications: { where: { slotTime: { not: null }, id: { not: s.app.id } }, select: { slotTime: true } }
    }
  });
  if (!session) throw new DomainError('unknown_session');
  if (
    session.status !== 'ACTIVE' ||
    session.date < s.today ||
    !['APPROVED', 'PUBLISHED'].includes(session.schedule.state)
  )
    throw new DomainError('session_unavailable');
  const all = slotTimes(session.startsAt, session.endsAt, session.slotMinutes);
  // Today, a slot whose time has passed cannot be given: the applicant would be late before booked.
  const slots = session.date === s.today ? all.filter((t) => t >= s.clock) : all;
  const taken = session.applications.map((a) => a.slotTime!);
  if (wanted) {
    if (!all.includes(wanted)) throw new DomainError('bad_request', { detail: 'slotTime' });
    if (!slots.includes(wanted)) throw new DomainError('slot_past', { time: s.clock });
    if (taken.includes(wanted)) throw new DomainError('slot_taken');
    return { sessionId, slotTime: wanted };
  }
  const free = firstFreeSlot(slots, taken);
  if (!free) throw new DomainError('session_full');
  return { sessionId, slotTime: free };
}

/** What each action writes besides the state; throws the rule that forbids it. */
async function changesFor(s: StepContext, input: StepInput): Promise<Record<string, unknown>> {
  const { app, cal, today } = s;
  switch (input.action) {
    case 'return':
      return { returnReason: input.reason, returnedUntil: input.until };
    case 'resubmit':
      return { returnedUntil: null };
    case 'schedule':
    case 'reschedule':
      return {
        ...(await bookSlot(s, input.sessionId, input.slotTime)),
        answeredOn: input.answeredOn ?? app.answeredOn ?? today,
        referenceNoteOn: null
      };
    case 'proposeRefusal': {
      if (!needsHearing(input.ground)) throw new DomainError('bad_request', { detail: 'ground' });
      const due = hearingNoticeDue(cal, input.decisionOn).toString();
      const sent = input.draftSentOn ?? today;
      // 003 ¶32: the applicant gets the draft at least 3 working days before the decision.
      if (sent > due) throw new DomainError('hearing_too_late', { due });
      return { refusalGround: input.ground, hearingDecisionOn: input.decisionOn, hearingDraftSentOn: sent };
    }
    case 'refuse': {
      if (input.ground === 'WITHDRAWN') throw new DomainError('bad_request', { detail: 'ground' });
      if (app.state === 'RETURNED' && input.ground !== 'RETURNED')
        throw new DomainError('bad_request', { detail: 'ground' });
      if (app.state === 'HEARING' && (input.ground !== app.refusalGround || !app.hearingOn))
        throw new DomainError('hearing_missing');
      const on = input.decidedOn ?? today;
      // Checked against the day the decision is recorded, never only the day planned for it.
      if (on > today) throw new DomainError('date_in_future', { date: on });
      // 003 ¶6: a returned application is closed only once the term given to fix it has run out.
      if (input.ground === 'RETURNED' && app.returnedUntil && on <= app.returnedUntil)
        throw new DomainError('return_term_running', { until: app.returnedUntil });
      // 003 ¶32: the decision comes at least 3 working days after the draft reached the applicant.
      if (app.state === 'HEARING' && app.hearingDraftSentOn) {
        const earliest = earliestHearingDecision(cal, app.hearingDraftSentOn).toString();
        if (on < earliest) throw new DomainError('hearing_too_early', { earliest });
      }
      return { refusalGround: input.ground, answeredOn: on, sessionId: null, slotTime: null };
    }
    case 'forward': {
      const on = input.on ?? today;
      return { forwardedTo: input.to, forwardedOn: on, answeredOn: on, refusalGround: 'OUTSIDE_COMPETENCE' };
    }
    case 'withdraw':
      // The slot is free again; the booking stays in the event record.
      return { sessionId: null, slotTime: null };
    case 'attend':
    case 'noShow': {
      if (!app.session || app.session.date > today) throw new DomainError('session_unavailable');
      return {};
    }
    default:
      return {};
  }
}

const sameOfficialOnly = (user: SessionUser, action: ApplicationAction) =>
  user.role === 'official' && (action === 'attend' || action === 'noShow');

/** One step of an application's life. Appeals staff take every step; an official marks who came to their own session. */
export async function applicationStep(ctx: Ctx, user: SessionUser, id: number, input: StepInput) {
  const reader = await receptionReader(ctx.db, user);
  if (user.role !== 'appeals' && !(sameOfficialOnly(user, input.action) && reader.ownOfficialId !== null))
    throw new DomainError('forbidden');
  const cal = await deadlineCalendar(ctx.db);
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await ctx.db.$transaction(async (tx) => {
        const app = await visibleApplication(tx, reader, id);
        if (user.role === 'official' && app.session?.officialId !== reader.ownOfficialId)
          throw new DomainError('forbidden');
        const from = app.state as ApplicationState;
        const to = nextApplicationState(from, input.action);
        if (!to) throw new DomainError('bad_application_step', { state: from });
        const office = await tx.office.findUniqueOrThrow({ where: { id: app.officeId }, select: { timeZone: true } });
        const today = officeToday(ctx.now(), office.timeZone).toString();
        const clock = localClock(ctx.now(), office.timeZone);
        const data = await changesFor({ tx, app, cal, today, clock, user }, input);
        const changed = await tx.application.updateMany({
          where: { id, state: from, updatedAt: app.updatedAt },
          data: { ...data, state: to }
        });
        if (changed.count !== 1) throw new DomainError('conflict');
        const { action, ...detail } = input;
        await tx.applicationEvent.create({
          data: {
            applicationId: id,
            type: action,
            fromState: from,
            toState: to,
            userId: user.id,
            at: ctx.now(),
            detail: JSON.stringify({ ...detail, ...pick(data, ['sessionId', 'slotTime']) })
          }
        });
        await audit({ db: tx, now: ctx.now }, user, app.officeId, `application.${input.action}`, 'Application', id);
        return { id, state: to, officeId: app.officeId, ...pick(data, ['sessionId', 'slotTime']) };
      }, TX_OPTIONS);
      return result;
    } catch (err) {
      // Two staff booked the same slot at once: the unique (session, slot) index let one win.
      if (isUniqueViolation(err)) {
        if ('slotTime' in input && input.slotTime) throw new DomainError('slot_taken');
        if (attempt < 3) continue; // the first free slot was taken meanwhile: look again
        throw new DomainError('session_full');
      }
      throw err;
    }
  }
}

function pick(o: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
}

/** Records a hearing, an extension, another body's participation or a notice sent; the state stays. */
export async function recordOnApplication(ctx: Ctx, user: SessionUser, id: number, input: RecordInput) {
  const reader = await receptionReader(ctx.db, user);
  if (user.role !== 'appeals') throw new DomainError('forbidden');
  const cal = await deadlineCalendar(ctx.db);
  await ctx.db.$transaction(async (tx) => {
    const app = await visibleApplication(tx, reader, id);
    const state = app.state as ApplicationState;
    let data: Record<string, unknown>;
    switch (input.record) {
      case 'hearing':
        if (state !== 'HEARING') throw new DomainError('bad_application_step', { state });
        data = { hearingOn: input.on, hearingMethod: input.method, hearingBy: input.by, hearingOutcome: input.outcome };
        break;
      case 'extension': {
        if (!ANSWER_PENDING.includes(state)) throw new DomainError('extension_not_now');
        const cap = extensionCap(cal, app.registeredOn);
        if (input.kind === 'DECISION' && (!input.until || input.until > cap))
          throw new DomainError('extension_too_long', { due: cap });
        data = {
          extensionKind: input.kind,
          extendedOn: input.on,
          extendedUntil: input.kind === 'DECISION' ? input.until : null,
          extensionReason: input.reason,
          extensionNoticeOn: null
        };
        break;
      }
      case 'otherBody':
        if (!ANSWER_PENDING.includes(state)) throw new DomainError('bad_application_step', { state });
        data = { otherBodyName: input.name, otherBodyRequestedOn: input.on, otherBodyNoticeOn: null };
        break;
      case 'notice':
        data = { [NOTICE_FIELD[input.what]]: input.on };
        break;
    }
    const changed = await tx.application.updateMany({ where: { id, updatedAt: app.updatedAt }, data });
    if (changed.count !== 1) throw new DomainError('conflict');
    const { record, ...detail } = input;
    await tx.applicationEvent.create({
      data: {
        applicationId: id,
        type: `record.${record}`,
        fromState: state,
        toState: state,
        userId: user.id,
        at: ctx.now(),
        detail: JSON.stringify(detail)
      }
    });
    await audit({ db: tx, now: ctx.now }, user, app.officeId, `application.record.${input.record}`, 'Application', id);
    return { id, officeId: app.officeId };
  }, TX_OPTIONS);
  return { id };
}
