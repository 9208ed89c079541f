import { createHash } from 'node:crypto';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../auth/audit';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { controlReader, officeTerms, visibleAssignments, type ControlReader } from './access';
import { assertAssignee, recordEvent, refuse } from './assignments';
import { scheduleAssignmentReminders } from './reminders';
import { canDo, nextState } from './rules/assignment-state';
import { checkAssignee, lateParts } from './rules/terms';

/**
 * What executors do (SPEC 3.1, 000 ¶172, ¶179, ¶182): attach the signed document, report
 * execution, send a co-executor's part, name the employee who prepares it.
 */

/** An assignment the reader may see, loaded for a step; another office's or unit's is a 404. */
export async function loadVisible(db: Db | Tx, reader: ControlReader, id: number) {
  const a = await db.assignment.findFirst({
    where: { id, ...visibleAssignments(reader) },
    include: { executors: { include: { unit: true } } }
  });
  if (!a) throw new DomainError('unknown_assignment');
  return a;
}
type Loaded = Awaited<ReturnType<typeof loadVisible>>;

export const lead = (a: Loaded) => a.executors.find((e) => e.lead)!;

/** Who speaks for the lead unit: its executors; appeals staff may record a paper report on its behalf. */
function assertLeadSide(reader: ControlReader, a: Loaded): void {
  if (reader.seesAll ? reader.user.role === 'appeals' : lead(a).unitId === reader.unitId) return;
  throw new DomainError('forbidden');
}

export function assertStep(a: { state: string }, action: Parameters<typeof canDo>[1]): void {
  if (!canDo(a.state, action)) throw new DomainError('control_bad_step', { state: a.state });
}

const MAX_ATTACHMENT = 10 * 1024 * 1024;

/** A signed document (the execution report, a memo) attached by anyone who may see the assignment. */
export async function attach(
  ctx: Ctx,
  u: SessionUser | null,
  id: number,
  file: { name: string; mime: string; body: Buffer }
) {
  const reader = controlReader(u);
  if (file.body.length > MAX_ATTACHMENT) throw new DomainError('bad_request', { detail: 'file too large' });
  const name = file.name.replace(/[\\/\r\n"]/g, '_').slice(0, 200) || 'document';
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, reader, id);
    if (a.state === 'REMOVED') throw new DomainError('control_bad_step', { state: a.state });
    const row = await tx.attachment.create({
      data: {
        assignmentId: a.id,
        fileName: name,
        mime: file.mime.slice(0, 100) || 'application/octet-stream',
        size: file.body.length,
        sha256: createHash('sha256').update(file.body).digest('hex'),
        data: new Uint8Array(file.body),
        uploadedById: reader.user.id,
        at: ctx.now()
      },
      select: { id: true, fileName: true, size: true, sha256: true }
    });
    await recordEvent(tx, a.id, 'ATTACHED', reader.user.id, ctx.now(), {
      attachmentId: row.id,
      fileName: row.fileName,
      size: row.size
    });
    return row;
  }, TX_OPTIONS);
}

export async function attachmentFile(ctx: Ctx, u: SessionUser | null, id: number, attachmentId: number) {
  const reader = controlReader(u);
  const a = await loadVisible(ctx.db, reader, id);
  const file = await ctx.db.attachment.findFirst({ where: { id: attachmentId, assignmentId: a.id } });
  if (!file) throw new DomainError('unknown_attachment');
  await audit(ctx, reader.user, a.officeId, 'attachment.download', 'Assignment', a.id, { attachmentId });
  return file;
}

export interface ReportInput {
  text: string;
  signedBy: string;
  signedAs: 'FIRST_HEAD' | 'ACTING';
  attachmentId: number;
}

/**
 * The lead unit reports execution: the text, the signed document, who signed it (000 ¶182);
 * co-executors that sent nothing by their day, or sent late, are named (000 ¶179).
 */
export async function reportExecution(ctx: Ctx, u: SessionUser | null, id: number, r: ReportInput) {
  const reader = controlReader(u);
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, reader, id);
    assertLeadSide(reader, a);
    assertStep(a, 'report');
    const doc = await tx.attachment.findFirst({ where: { id: r.attachmentId, assignmentId: a.id } });
    if (!doc) throw new DomainError('report_needs_document');
    const t = await officeTerms(ctx, tx, a.officeId);
    const late = lateParts(a.executors, t.today).map((e) => ({
      unitId: e.unitId,
      nameKk: e.unit.nameKk,
      nameRu: e.unit.nameRu
    }));
    const updated = await tx.assignment.update({
      where: { id: a.id },
      data: {
        state: nextState(a.state, 'report')!,
        reportText: r.text,
        reportSignedBy: r.signedBy,
        reportSignedAs: r.signedAs,
        reportedOn: t.today,
        reportedById: reader.user.id
      }
    });
    await recordEvent(tx, a.id, 'REPORTED', reader.user.id, ctx.now(), {
      reportedOn: t.today,
      signedAs: r.signedAs,
      attachmentId: doc.id,
      lateCoExecutors: late,
      onTime: t.today <= a.deadline
    });
    await scheduleAssignmentReminders(tx, t.cal, updated);
    return { id: a.id, state: updated.state, lateCoExecutors: late };
  }, TX_OPTIONS);
}

/** A co-executor's part, sent to the lead (000 ¶182 p.2). */
export async function sendPart(ctx: Ctx, u: SessionUser | null, id: number, text: string) {
  const reader = controlReader(u);
  if (reader.seesAll) throw new DomainError('forbidden');
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, reader, id);
    const mine = a.executors.find((e) => e.unitId === reader.unitId && !e.lead);
    if (!mine) throw new DomainError('not_co_executor');
    assertStep(a, 'addPart');
    const t = await officeTerms(ctx, tx, a.officeId);
    await tx.assignmentExecutor.update({
      where: { id: mine.id },
      data: { partText: text, partOn: t.today, partById: reader.user.id }
    });
    await recordEvent(tx, a.id, 'PART_SENT', reader.user.id, ctx.now(), {
      unitId: mine.unitId,
      on: t.today,
      due: mine.partDueOn,
      late: mine.partDueOn !== null && t.today > mine.partDueOn
    });
    return { id: a.id, unitId: mine.unitId, on: t.today };
  }, TX_OPTIONS);
}

/** The lead unit names the employee who prepares it — never one who already considered a reception appeal (003 ¶37). */
export async function setAssignee(ctx: Ctx, u: SessionUser | null, id: number, assigneeId: number | null) {
  const reader = controlReader(u);
  return ctx.db.$transaction(async (tx) => {
    const a = await loadVisible(tx, reader, id);
    if (!reader.seesAll && lead(a).unitId !== reader.unitId) throw new DomainError('forbidden');
    assertStep(a, 'edit');
    if (assigneeId !== null) await assertAssignee(tx, lead(a).unitId, assigneeId);
    refuse(
      checkAssignee(
        { fromReception: a.fromReception, consideredBy: JSON.parse(a.consideredBy) as number[] },
        assigneeId
      )
    );
    await tx.assignment.update({ where: { id: a.id }, data: { assigneeId } });
    await recordEvent(tx, a.id, 'ASSIGNEE', reader.user.id, ctx.now(), { before: a.assigneeId, after: assigneeId });
    return { id: a.id, assigneeId };
  }, TX_OPTIONS);
}
