import { workOffice } from '../auth/scope';
import { assertController } from './units';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../auth/audit';
import type { Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { controlDeadline, fitsCategory, type ControlCategory } from '../calendar/rules/deadlines';
import { DomainError, type ErrorCode } from '../shared/errors';
import { shortDaysIn } from '../shared/months';
import type { Ctx } from '../realtime/context';
import { controlKeeper, officeTerms, type OfficeTerms } from './access';
import { scheduleAssignmentReminders } from './reminders';
import { checkAssignee, coPartDue, ITEM_NUMBER, type Refusal } from './rules/terms';
import { extensionRoute, type IssuerCode, type SourceKind } from './rules/sources';

/** Creating and editing assignments (SPEC 3.1); every change is an event with who and when (004 ¶34). */

export interface AssignmentInput {
  sourceKind: SourceKind;
  issuer: IssuerCode;
  sourceRef: string;
  sourceDate: string;
  number: string;
  content: string;
  leadUnitId: number;
  coUnitIds: number[];
  controllerId: number | null;
  assigneeId: number | null;
  category: ControlCategory | null;
  /** A given date, or null for the category's default (or one month without a category). */
  deadline: string | null;
  givenOn: string;
  onControl: boolean;
  fromReception: boolean;
  applicationId: number | null;
  consideredBy: number[];
  protocolId?: number | null;
  protocolItemId?: number | null;
}

/** A rule's refusal as a 4xx; dates in its message read DD.MM.YYYY. */
export function refuse(r: { refused: string | null; params?: Refusal['params'] }): void {
  if (!r.refused) return;
  throw new DomainError(r.refused as ErrorCode, shortDaysIn(r.params ?? {}));
}

export async function recordEvent(
  tx: Tx,
  assignmentId: number,
  type: string,
  userId: number | null,
  at: Date,
  detail?: Record<string, unknown>
): Promise<void> {
  await tx.assignmentEvent.create({
    data: { assignmentId, type, userId, at, detail: detail ? JSON.stringify(detail) : null }
  });
}

/** The deadline an assignment gets, refused when it does not fit its category or precedes the day given. */
export function settleDeadline(
  t: OfficeTerms,
  a: { givenOn: string; category: ControlCategory | null; deadline: string | null }
): string {
  const deadline = controlDeadline(t.cal, { givenOn: a.givenOn, category: a.category, setDate: a.deadline }).toString();
  if (deadline <= a.givenOn) throw new DomainError('deadline_before_given');
  if (a.deadline && a.category && !fitsCategory(t.cal, a.givenOn, deadline, a.category))
    throw new DomainError('category_span');
  return deadline;
}

/** The lead and co-executor units: active units of the office, none named twice. */
async function assertUnits(tx: Tx, officeId: number, leadUnitId: number, coUnitIds: number[]): Promise<void> {
  const unitIds = [...new Set([leadUnitId, ...coUnitIds])];
  if (unitIds.length !== 1 + coUnitIds.length)
    throw new DomainError('bad_request', { detail: 'coUnitIds' }, 'a unit is named twice');
  const units = await tx.unit.count({ where: { id: { in: unitIds }, officeId, active: true } });
  if (units !== unitIds.length) throw new DomainError('unknown_unit');
}

/** The employee who prepares it: an active member of the lead unit. */
export async function assertAssignee(tx: Tx, leadUnitId: number, userId: number): Promise<void> {
  if (!(await tx.user.findFirst({ where: { id: userId, unitId: leadUnitId, active: true } })))
    throw new DomainError('unknown_user');
}

/** Units, controller, assignee and sign-up must all belong to the office. */
async function checkPeople(
  tx: Tx,
  officeId: number,
  a: {
    leadUnitId: number;
    coUnitIds: number[];
    controllerId: number | null;
    assigneeId: number | null;
    applicationId: number | null;
  }
) {
  await assertUnits(tx, officeId, a.leadUnitId, a.coUnitIds);
  if (a.controllerId !== null) await assertController(tx, officeId, a.controllerId);
  if (a.assigneeId !== null) await assertAssignee(tx, a.leadUnitId, a.assigneeId);
  if (a.applicationId !== null && !(await tx.application.findFirst({ where: { id: a.applicationId, officeId } })))
    throw new DomainError('unknown_application');
}

/** Inserts an assignment with its executors, first event and reminders, inside the caller's transaction. */
export async function insertAssignment(
  tx: Tx,
  t: OfficeTerms,
  user: SessionUser,
  now: Date,
  input: AssignmentInput
): Promise<number> {
  if (!ITEM_NUMBER.test(input.number))
    throw new DomainError('bad_request', { detail: 'number' }, 'item number like 1, 1.1');
  await checkPeople(tx, t.officeId, input);
  refuse(checkAssignee({ fromReception: input.fromReception, consideredBy: input.consideredBy }, input.assigneeId));
  const deadline = settleDeadline(t, input);
  const state = input.onControl ? 'OPEN' : 'INFO';
  const a = await tx.assignment.create({
    data: {
      officeId: t.officeId,
      sourceKind: input.sourceKind,
      issuer: input.issuer,
      // The number alone: the screens and documents write the "№" themselves.
      sourceRef: input.sourceRef.replace(/^\s*№\s*/, ''),
      sourceDate: input.sourceDate,
      protocolId: input.protocolId ?? null,
      protocolItemId: input.protocolItemId ?? null,
      fromReception: input.fromReception,
      applicationId: input.applicationId,
      consideredBy: JSON.stringify(input.consideredBy),
      number: input.number,
      content: input.content,
      controllerId: input.controllerId,
      assigneeId: input.assigneeId,
      category: input.category,
      givenOn: input.givenOn,
      deadline,
      firstDeadline: deadline,
      onControl: input.onControl,
      state,
      createdById: user.id,
      executors: {
        create: [
          { unitId: input.leadUnitId, lead: true, receivedOn: input.givenOn },
          ...input.coUnitIds.map((unitId) => ({
            unitId,
            lead: false,
            receivedOn: input.givenOn,
            partDueOn: coPartDue(t.cal, input.givenOn, input.givenOn, deadline).toString()
          }))
        ]
      }
    }
  });
  await recordEvent(tx, a.id, 'CREATED', user.id, now, {
    deadline,
    category: input.category,
    onControl: input.onControl,
    leadUnitId: input.leadUnitId,
    coUnitIds: input.coUnitIds
  });
  await scheduleAssignmentReminders(tx, t.cal, a);
  return a.id;
}

export async function createAssignment(ctx: Ctx, u: SessionUser | null, input: AssignmentInput) {
  const user = controlKeeper(u);
  const officeId = workOffice(user);
  const id = await ctx.db.$transaction(
    async (tx) => insertAssignment(tx, await officeTerms(ctx, tx, officeId), user, ctx.now(), input),
    TX_OPTIONS
  );
  return { id };
}

export interface AssignmentEdit {
  content?: string;
  number?: string;
  category?: ControlCategory | null;
  deadline?: string | null;
  controllerId?: number | null;
  onControl?: boolean;
  coUnitIds?: number[];
  /**
   * Why the deadline or the control term moves, when they do (000 ¶174): a registration error
   * corrected, or a new deadline granted by the central body that gave the assignment (its letter).
   * Without one of them the edit cannot move either: an extension goes through its request.
   */
  because?: { kind: 'CORRECTION'; reason: string } | { kind: 'CENTRAL_BODY'; letterRef: string; letterDate: string };
}

/**
 * A keeper's correction: content, category and deadline, controller, the control mark,
 * co-executors. Each changed field is recorded before → after; the reminders follow.
 */
export async function editAssignment(ctx: Ctx, u: SessionUser | null, id: number, edit: AssignmentEdit) {
  const user = controlKeeper(u);
  return ctx.db.$transaction(async (tx) => {
    const a = await tx.assignment.findFirst({
      where: { id, officeId: { in: user.officeIds } },
      include: { executors: true }
    });
    if (!a) throw new DomainError('unknown_assignment');
    if (!['OPEN', 'INFO'].includes(a.state)) throw new DomainError('control_bad_step', { state: a.state });
    const t = await officeTerms(ctx, tx, a.officeId);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    const data: Record<string, unknown> = {};
    const set = (field: string, before: unknown, after: unknown) => {
      if (after === undefined || JSON.stringify(before) === JSON.stringify(after)) return;
      changes[field] = { before, after };
      data[field] = after;
    };
    set('content', a.content, edit.content);
    if (edit.number !== undefined && !ITEM_NUMBER.test(edit.number))
      throw new DomainError('bad_request', { detail: 'number' });
    set('number', a.number, edit.number);
    if (edit.controllerId) await assertController(tx, a.officeId, edit.controllerId);
    set('controllerId', a.controllerId, edit.controllerId);
    let moved: { type: 'DEADLINE_CORRECTED' | 'DEADLINE_CENTRAL'; detail: Record<string, unknown> } | null = null;
    if (edit.category !== undefined || edit.deadline !== undefined) {
      // 000 ¶174: a deadline (and a change of control term, which counts as an extension) moves
      // only by a decided extension — or here, by a recorded correction or the central body's letter.
      const asksMove =
        (edit.category !== undefined && edit.category !== a.category) ||
        (edit.deadline !== undefined && edit.deadline !== a.deadline);
      if (asksMove && !edit.because) throw new DomainError('deadline_by_decision_only');
      if (asksMove && edit.because?.kind === 'CENTRAL_BODY') {
        // 000 ¶174 p.2: the office's never-extended sources move by no route, this one included;
        // a local source's deadline moves by the office's own decision (¶173–175), not by a letter.
        const route = extensionRoute(a.issuer, t.neverExtended);
        if (route === 'never') throw new DomainError('extension_never');
        if (route === 'decision') throw new DomainError('deadline_by_decision_only');
      }
      const category = edit.category === undefined ? (a.category as ControlCategory | null) : edit.category;
      const deadline = settleDeadline(t, {
        givenOn: a.givenOn,
        category,
        deadline: edit.deadline === undefined ? a.deadline : edit.deadline
      });
      const termMoves = category !== a.category || deadline !== a.deadline;
      if (termMoves) {
        const because = edit.because;
        if (!because) throw new DomainError('deadline_by_decision_only');
        if (because.kind === 'CENTRAL_BODY' && (category !== a.category || !deadline || deadline <= a.deadline))
          throw new DomainError('extension_date', { date: a.deadline });
        moved = {
          type: because.kind === 'CORRECTION' ? 'DEADLINE_CORRECTED' : 'DEADLINE_CENTRAL',
          detail: {
            ...because,
            deadline: { before: a.deadline, after: deadline },
            ...(category !== a.category ? { category: { before: a.category, after: category } } : {})
          }
        };
      }
      set('category', a.category, category);
      set('deadline', a.deadline, deadline);
    }
    if (edit.onControl !== undefined && edit.onControl !== a.onControl) {
      set('onControl', a.onControl, edit.onControl);
      data.state = edit.onControl ? 'OPEN' : 'INFO';
    }
    if (edit.coUnitIds !== undefined) {
      const lead = a.executors.find((e) => e.lead)!;
      const before = a.executors
        .filter((e) => !e.lead)
        .map((e) => e.unitId)
        .sort();
      const after = [...new Set(edit.coUnitIds)].filter((x) => x !== lead.unitId).sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await assertUnits(tx, a.officeId, lead.unitId, after);
        await tx.assignmentExecutor.deleteMany({
          where: { assignmentId: a.id, lead: false, unitId: { notIn: after }, partOn: null }
        });
        const kept = new Set(
          (await tx.assignmentExecutor.findMany({ where: { assignmentId: a.id } })).map((e) => e.unitId)
        );
        const deadline = (data.deadline as string | undefined) ?? a.deadline;
        const today = t.today;
        for (const unitId of after.filter((x) => !kept.has(x)))
          await tx.assignmentExecutor.create({
            data: {
              assignmentId: a.id,
              unitId,
              lead: false,
              receivedOn: today,
              partDueOn: coPartDue(t.cal, today, a.givenOn, deadline).toString()
            }
          });
        changes.coUnitIds = { before, after };
      }
    }
    if (Object.keys(changes).length === 0) return { id, changed: [] };
    const updated = await tx.assignment.update({ where: { id }, data });
    if (moved) await recordEvent(tx, id, moved.type, user.id, ctx.now(), moved.detail);
    await recordEvent(tx, id, 'EDITED', user.id, ctx.now(), changes);
    await scheduleAssignmentReminders(tx, t.cal, updated);
    await audit({ db: tx, now: ctx.now }, user, a.officeId, 'assignment.edit', 'Assignment', id, {
      fields: Object.keys(changes),
      ...(moved ? { [moved.type === 'DEADLINE_CORRECTED' ? 'correction' : 'centralBody']: moved.detail } : {})
    });
    return { id, changed: Object.keys(changes) };
  }, TX_OPTIONS);
}
