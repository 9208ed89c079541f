import type { SessionUser } from '../auth/sessions';
import { DECIDER_ROLES } from '../auth/roles';
import { audit } from '../auth/audit';
import { TX_OPTIONS, type Tx } from '../db/client';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { controlKeeper, controlReader, officeTerms } from './access';
import { recordEvent, refuse } from './assignments';
import { assertStep, lead, loadVisible } from './execution';
import { scheduleAssignmentReminders } from './reminders';
import { nextState } from './rules/assignment-state';
import { checkExtension, checkRedirect, checkRemoval, coPartDue } from './rules/terms';
import type { RemovalGround } from './rules/sources';

/**
 * Requests decided by someone else (SPEC 3.3): an extension asked by the lead unit's first
 * head (000 ¶173–175), a redirect "not our competence" (000 ¶172), removal from control by
 * a memo (000 ¶176, ¶183, 003 ¶35). Refusals by rule change nothing; every decision is an event.
 */

async function noPending(tx: Tx, assignmentId: number, kind: string) {
  if (await tx.controlRequest.findFirst({ where: { assignmentId, kind, state: 'PENDING' } }))
    throw new DomainError('request_pending');
}

export interface ExtensionInput {
  reason: string;
  newDeadline: string;
  letterRef: string;
  agreedWithCo: boolean;
}

export async function requestExtension(ctx: Ctx, u: SessionUser | null, id: number, r: ExtensionInput) {
  const reader = controlReader(u);
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, reader, id);
    const unit = lead(a).unit;
    // 000 ¶173: the first head of the responsible body, or whoever acts for them.
    if (reader.unitId !== unit.id || ![unit.headUserId, unit.actingUserId].includes(reader.user.id))
      throw new DomainError('extension_first_head');
    assertStep(a, 'requestExtension');
    await noPending(tx, a.id, 'EXTENSION');
    const t = await officeTerms(ctx, tx, a.officeId);
    const verdict = checkExtension(t.cal, {
      issuer: a.issuer,
      neverExtended: t.neverExtended,
      granted: a.extensions,
      deadline: a.deadline,
      requestedOn: t.today,
      newDeadline: r.newDeadline
    });
    refuse(verdict);
    if (verdict.refused !== null) throw new Error('unreachable');
    const req = await tx.controlRequest.create({
      data: {
        assignmentId: a.id,
        kind: 'EXTENSION',
        requestedById: reader.user.id,
        requestedOn: t.today,
        reason: r.reason,
        newDeadline: verdict.newDeadline,
        letterRef: r.letterRef,
        agreedWithCo: r.agreedWithCo,
        exceptional: verdict.exceptional,
        disciplinaryReview: verdict.disciplinaryReview
      }
    });
    await recordEvent(tx, a.id, 'EXTENSION_REQUESTED', reader.user.id, ctx.now(), {
      requestId: req.id,
      deadline: a.deadline,
      newDeadline: verdict.newDeadline,
      tier: verdict.tier,
      exceptional: verdict.exceptional,
      disciplinaryReview: verdict.disciplinaryReview
    });
    return { id: req.id, ...verdict };
  }, TX_OPTIONS);
}

export async function requestRedirect(
  ctx: Ctx,
  u: SessionUser | null,
  id: number,
  r: { reason: string; toUnitId: number | null }
) {
  const reader = controlReader(u);
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, reader, id);
    const l = lead(a);
    if (reader.unitId !== l.unitId) throw new DomainError('forbidden');
    assertStep(a, 'requestRedirect');
    await noPending(tx, a.id, 'REDIRECT');
    const t = await officeTerms(ctx, tx, a.officeId);
    refuse(checkRedirect(t.cal, l.receivedOn, t.today));
    if (
      r.toUnitId !== null &&
      !(await tx.unit.findFirst({ where: { id: r.toUnitId, officeId: a.officeId, active: true } }))
    )
      throw new DomainError('unknown_unit');
    const req = await tx.controlRequest.create({
      data: {
        assignmentId: a.id,
        kind: 'REDIRECT',
        requestedById: reader.user.id,
        requestedOn: t.today,
        reason: r.reason,
        toUnitId: r.toUnitId
      }
    });
    await recordEvent(tx, a.id, 'REDIRECT_REQUESTED', reader.user.id, ctx.now(), {
      requestId: req.id,
      toUnitId: r.toUnitId
    });
    return { id: req.id };
  }, TX_OPTIONS);
}

/** The department head's memo asking to remove from control (000 ¶183): a request, approved by the head. */
export async function requestRemoval(
  ctx: Ctx,
  u: SessionUser | null,
  id: number,
  r: { ground: RemovalGround; memo: string }
) {
  const user = controlKeeper(u);
  const reader = controlReader(user);
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, reader, id);
    assertStep(a, 'requestRemoval');
    await noPending(tx, a.id, 'REMOVAL');
    const t = await officeTerms(ctx, tx, a.officeId);
    const check = checkRemoval(t.cal, {
      ground: r.ground,
      reported: a.reportedOn !== null,
      fromReception: a.fromReception,
      sourceKind: a.sourceKind,
      deadline: a.deadline,
      requestedOn: t.today
    });
    refuse(check);
    if (check.refused !== null) throw new Error('unreachable');
    const req = await tx.controlRequest.create({
      data: {
        assignmentId: a.id,
        kind: 'REMOVAL',
        requestedById: user.id,
        requestedOn: t.today,
        reason: r.memo,
        ground: r.ground,
        late: check.late
      }
    });
    const updated = await tx.assignment.update({
      where: { id: a.id },
      data: { state: nextState(a.state, 'requestRemoval')! }
    });
    await recordEvent(tx, a.id, 'REMOVAL_REQUESTED', user.id, ctx.now(), {
      requestId: req.id,
      ground: r.ground,
      late: check.late,
      due: check.due
    });
    await scheduleAssignmentReminders(tx, t.cal, updated);
    return { id: req.id, late: check.late, due: check.due };
  }, TX_OPTIONS);
}

/** The controller sends a report back for more work (it was not full or not good enough). */
export async function returnReport(ctx: Ctx, u: SessionUser | null, id: number, note: string) {
  const user = controlKeeper(u);
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, controlReader(user), id);
    assertStep(a, 'returnReport');
    const t = await officeTerms(ctx, tx, a.officeId);
    const updated = await tx.assignment.update({
      where: { id: a.id },
      data: { state: nextState(a.state, 'returnReport')!, reportedOn: null }
    });
    await recordEvent(tx, a.id, 'REPORT_RETURNED', user.id, ctx.now(), { note, reportedOn: a.reportedOn });
    await scheduleAssignmentReminders(tx, t.cal, updated);
    return { id: a.id, state: updated.state };
  }, TX_OPTIONS);
}

/**
 * A decision: extensions and removals by the head (000 ¶174, ¶183); a redirect by appeals
 * staff or the head, who name the unit it goes to.
 */
export async function decideRequest(
  ctx: Ctx,
  u: SessionUser | null,
  requestId: number,
  d: { grant: boolean; note: string; toUnitId: number | null }
) {
  const user = controlKeeper(u);
  return ctx.db.$transaction(async (tx) => {
    const req = await tx.controlRequest.findFirst({
      where: { id: requestId, assignment: { officeId: { in: user.officeIds } } }
    });
    if (!req) throw new DomainError('unknown_request');
    if (req.kind !== 'REDIRECT' && !DECIDER_ROLES.includes(user.role)) throw new DomainError('forbidden');
    if (req.state !== 'PENDING') throw new DomainError('request_decided');
    // Two people (000 ¶183: the department's memo, agreed by the akim or the head of apparatus):
    // whoever filed a request never decides it.
    if (req.requestedById === user.id) throw new DomainError('own_request');
    const a = await loadVisible(tx, controlReader(user), req.assignmentId);
    const t = await officeTerms(ctx, tx, a.officeId);
    const state = d.grant ? 'GRANTED' : 'REFUSED';
    const claimed = await tx.controlRequest.updateMany({
      where: { id: req.id, state: 'PENDING' },
      data: { state, decidedById: user.id, decidedAt: ctx.now(), decisionNote: d.note }
    });
    if (claimed.count !== 1) throw new DomainError('request_decided');
    let updated = a as { id: number; officeId: number; givenOn: string; deadline: string; state: string };
    const detail: Record<string, unknown> = { requestId: req.id, note: d.note };
    if (req.kind === 'EXTENSION' && d.grant) {
      updated = await tx.assignment.update({
        where: { id: a.id },
        data: { deadline: req.newDeadline!, extensions: { increment: 1 } }
      });
      Object.assign(detail, {
        before: a.deadline,
        after: req.newDeadline,
        exceptional: req.exceptional,
        disciplinaryReview: req.disciplinaryReview
      });
      // Parts not yet sent get their day from the new deadline.
      for (const e of a.executors.filter((x) => !x.lead && !x.partOn))
        await tx.assignmentExecutor.update({
          where: { id: e.id },
          data: { partDueOn: coPartDue(t.cal, e.receivedOn, a.givenOn, req.newDeadline!).toString() }
        });
    }
    if (req.kind === 'REMOVAL')
      updated = await tx.assignment.update({
        where: { id: a.id },
        data: d.grant
          ? { state: nextState(a.state, 'grantRemoval')!, removedOn: t.today, removalGround: req.ground }
          : { state: nextState(a.state, 'refuseRemoval', a)! }
      });
    if (req.kind === 'REDIRECT' && d.grant) {
      const to = d.toUnitId ?? req.toUnitId;
      if (to === null || !(await tx.unit.findFirst({ where: { id: to, officeId: a.officeId, active: true } })))
        throw new DomainError('unknown_unit');
      const old = lead(a);
      if (to === old.unitId) throw new DomainError('bad_request', { detail: 'toUnitId' });
      await tx.assignmentExecutor.deleteMany({ where: { assignmentId: a.id, unitId: to } });
      await tx.assignmentExecutor.update({ where: { id: old.id }, data: { unitId: to, receivedOn: t.today } });
      await tx.assignment.update({ where: { id: a.id }, data: { assigneeId: null } });
      Object.assign(detail, { before: old.unitId, after: to });
    }
    await recordEvent(tx, a.id, `${req.kind}_${state}`, user.id, ctx.now(), detail);
    await scheduleAssignmentReminders(tx, t.cal, updated);
    await audit(
      { db: tx, now: ctx.now },
      user,
      a.officeId,
      `control.${req.kind.toLowerCase()}.${state.toLowerCase()}`,
      'Assignment',
      a.id,
      { requestId: req.id }
    );
    return { id: req.id, state };
  }, TX_OPTIONS);
}
