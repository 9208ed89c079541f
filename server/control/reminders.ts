import type { Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { deadlineCalendar } from '../calendar';
import type { WorkingCalendar } from '../calendar/rules/calendar';
import { Temporal } from 'temporal-polyfill';
import { officeToday } from '../calendar/rules/deadlines';
import { worksFor } from '../auth/scope';
import { protocolDue } from './rules/terms';
import type { Ctx } from '../realtime/context';
import {
  assignmentReminders,
  protocolReminder,
  stillRelevant,
  AUDIENCE,
  type Audience,
  type PlannedReminder,
  type ReminderKind
} from './rules/reminders';
import { queueEmails } from './mail';

/**
 * Durable reminders (SPEC 3.3). A reminder is a row scheduled when its date becomes known;
 * on its day the sweep claims it with a conditional update (PENDING → FIRED) and, in the same
 * transaction, writes the notifications. Only one process can win the claim, and a process
 * killed before commit leaves it PENDING for the next sweep: fired exactly once, across
 * restarts and across several server processes on one database.
 */

/** Replaces an entity's pending reminders with the planned set (unchanged keys are kept). */
export async function scheduleReminders(
  tx: Tx,
  officeId: number,
  entity: 'Assignment' | 'Protocol' | 'ReceptionSession',
  entityId: number,
  planned: PlannedReminder[]
): Promise<void> {
  const keys = planned.map((p) => p.key);
  await tx.reminder.updateMany({
    where: { entity, entityId, state: 'PENDING', key: { notIn: keys } },
    data: { state: 'CANCELLED' }
  });
  const existing = new Set(
    (await tx.reminder.findMany({ where: { key: { in: keys } }, select: { key: true } })).map((r) => r.key)
  );
  const fresh = planned.filter((p) => !existing.has(p.key));
  if (fresh.length)
    await tx.reminder.createMany({
      data: fresh.map((p) => ({ officeId, key: p.key, kind: p.kind, entity, entityId, fireOn: p.fireOn }))
    });
}

/** The calendar is the caller's (officeTerms), not read again. */
export async function scheduleAssignmentReminders(
  tx: Tx,
  cal: WorkingCalendar,
  a: { id: number; officeId: number; givenOn: string; deadline: string; state: string }
): Promise<void> {
  await scheduleReminders(tx, a.officeId, 'Assignment', a.id, assignmentReminders(cal, a));
}

/** Oral-appeal protocols have no session: their own reminder. A reception protocol's follows its session (planProtocolReminders). */
export async function scheduleProtocolReminder(
  tx: Tx,
  p: { id: number; officeId: number; dueOn: string; state: string; kind: string }
): Promise<void> {
  if (p.kind !== 'ORAL') return;
  await scheduleReminders(tx, p.officeId, 'Protocol', p.id, p.state === 'DRAFT' ? [protocolReminder(p)] : []);
}

/** The people an audience names for one assignment or protocol. */
async function audienceUsers(
  tx: Tx,
  officeId: number,
  kind: ReminderKind,
  entity: string,
  entityId: number
): Promise<{
  users: Array<{ id: number; email: string; locale: string }>;
  state: string;
  params: Record<string, string>;
}> {
  const want = new Set<Audience>(AUDIENCE[kind]);
  const ids = new Set<number>();
  const staffOf = async (where: object) =>
    (await tx.user.findMany({ where: { active: true, ...where }, select: { id: true } })).forEach((u) => ids.add(u.id));
  let state: string;
  let params: Record<string, string>;
  if (entity === 'Assignment') {
    const a = await tx.assignment.findUniqueOrThrow({
      where: { id: entityId },
      include: { executors: { include: { unit: true } } }
    });
    state = a.state;
    params = { number: a.number, sourceRef: a.sourceRef, deadline: a.deadline };
    const lead = a.executors.filter((e) => e.lead).map((e) => e.unitId);
    const co = a.executors.filter((e) => !e.lead).map((e) => e.unitId);
    if (want.has('leadUnit') && lead.length) await staffOf({ role: 'executor', unitId: { in: lead } });
    if (want.has('coUnits') && co.length) await staffOf({ role: 'executor', unitId: { in: co } });
    if (want.has('unitHeads'))
      for (const e of a.executors) for (const id of [e.unit.headUserId, e.unit.actingUserId]) if (id) ids.add(id);
    if (want.has('controller') && a.controllerId) ids.add(a.controllerId);
  } else if (entity === 'ReceptionSession') {
    // A held reception: its protocol is due whether or not anyone has opened it yet.
    const s = await tx.receptionSession.findUniqueOrThrow({ where: { id: entityId }, include: { protocol: true } });
    state = s.protocol?.state ?? 'DRAFT';
    params = { heldOn: s.date, dueOn: s.protocol?.dueOn ?? '' };
    if (want.has('controller') && s.protocol?.controllerId) ids.add(s.protocol.controllerId);
  } else {
    const p = await tx.protocol.findUniqueOrThrow({ where: { id: entityId } });
    state = p.state;
    params = { heldOn: p.heldOn, dueOn: p.dueOn };
    if (want.has('controller') && p.controllerId) ids.add(p.controllerId);
  }
  if (want.has('leadership')) await staffOf({ role: 'head', ...worksFor(officeId) });
  if (want.has('appeals')) await staffOf({ role: 'appeals', ...worksFor(officeId) });
  const users = await tx.user.findMany({
    where: { id: { in: [...ids] }, active: true },
    select: { id: true, email: true, locale: true }
  });
  return { users, state, params };
}

/** Fires one claimed reminder: notifications (and e-mails) in the claim's transaction. */
async function fire(ctx: Ctx, id: number): Promise<'fired' | 'skipped' | 'lost'> {
  return ctx.db.$transaction(async (tx) => {
    const r = await tx.reminder.findUnique({ where: { id } });
    if (!r || r.state !== 'PENDING') return 'lost';
    const kind = r.kind as ReminderKind;
    const { users, state, params } = await audienceUsers(tx, r.officeId, kind, r.entity, r.entityId);
    if (kind === 'PROTOCOL_DUE') params.dueOn = r.fireOn;
    const relevant = stillRelevant(kind, state);
    const claimed = await tx.reminder.updateMany({
      where: { id, state: 'PENDING' },
      data: { state: relevant ? 'FIRED' : 'SKIPPED', firedAt: ctx.now() }
    });
    if (claimed.count !== 1) return 'lost';
    if (!relevant) return 'skipped';
    if (users.length) {
      await tx.notification.createMany({
        data: users.map((u) => ({
          userId: u.id,
          officeId: r.officeId,
          kind,
          entity: r.entity,
          entityId: r.entityId,
          params: JSON.stringify(params),
          reminderId: r.id,
          createdAt: ctx.now()
        }))
      });
      await queueEmails(tx, ctx.now(), r.officeId, kind, r.entity, r.entityId, params, users);
    }
    return 'fired';
  }, TX_OPTIONS);
}

/**
 * Held receptions with applicants received get their "protocol due" reminder (000 ¶91): the
 * key is unique, so two processes planning at once insert it once.
 */
async function planProtocolReminders(ctx: Ctx, officeId: number, today: string): Promise<void> {
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId }, select: { protocolDueDays: true } });
  const since = Temporal.PlainDate.from(today).subtract({ days: 60 }).toString();
  const held = await ctx.db.receptionSession.findMany({
    where: {
      officeId,
      status: 'ACTIVE',
      date: { gte: since, lte: today },
      applications: { some: { state: 'RECEIVED' } },
      OR: [{ protocol: null }, { protocol: { state: 'DRAFT' } }]
    },
    select: { id: true, date: true }
  });
  if (!held.length) return;
  const cal = await deadlineCalendar(ctx.db);
  for (const s of held) {
    const dueOn = protocolDue(cal, s.date, office.protocolDueDays).toString();
    const key = `PROTOCOL_DUE:ReceptionSession:${s.id}:${dueOn}`;
    if (await ctx.db.reminder.findUnique({ where: { key } })) continue;
    try {
      await ctx.db.reminder.create({
        data: { officeId, key, kind: 'PROTOCOL_DUE', entity: 'ReceptionSession', entityId: s.id, fireOn: dueOn }
      });
    } catch {
      // Another process planned it first.
    }
  }
}

/**
 * One pass: every pending reminder whose day has come in its office's time zone. Safe to run
 * from any number of processes at once; returns what this process did.
 */
export async function sweepReminders(ctx: Ctx): Promise<{ fired: number; skipped: number }> {
  const offices = await ctx.db.office.findMany({ select: { id: true, timeZone: true } });
  let fired = 0;
  let skipped = 0;
  for (const o of offices) {
    const today = officeToday(ctx.now(), o.timeZone).toString();
    await planProtocolReminders(ctx, o.id, today);
    const due = await ctx.db.reminder.findMany({
      where: { officeId: o.id, state: 'PENDING', fireOn: { lte: today } },
      select: { id: true },
      orderBy: { fireOn: 'asc' },
      take: 500
    });
    for (const r of due) {
      try {
        const outcome = await fire(ctx, r.id);
        if (outcome === 'fired') fired++;
        else if (outcome === 'skipped') skipped++;
      } catch (err) {
        // A claim lost to another process on PostgreSQL may end in a serialization error: the other one fired it.
        console.error('reminder', r.id, (err as Error).message);
      }
    }
  }
  return { fired, skipped };
}

/** Runs the sweep every `everyMs` (a minute by default) until stopped; the first pass at once. */
export function startReminderLoop(ctx: Ctx, everyMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sweepReminders(ctx);
    } catch (err) {
      console.error('reminder sweep', (err as Error).message);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
