import { workOffice } from '../auth/scope';
import { assertController } from './units';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../auth/audit';
import { TX_OPTIONS } from '../db/client';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { fullName } from '../reception/rules/register-columns';
import { parseAttendees } from '../reception';
import { controlKeeper, officeTerms } from './access';
import { loadProtocol, type Attendee } from './protocol-views';
import { insertAssignment, type AssignmentInput } from './assignments';
import { scheduleProtocolReminder } from './reminders';
import { protocolSource, type ProtocolKind } from './rules/sources';
import { protocolDue } from './rules/terms';

/**
 * Reception protocols (003 ¶23, 000 ¶91) and protocols of oral appeals (003 ¶25): drawn up by
 * appeals staff within the office's 1–3 working days, each applicant's decision and its
 * assignments, who controls execution; signed once registered in the document system.
 */

/** Opens a protocol: for a session, pre-filled with its chair, the office's attendees and every applicant received. */
export async function createProtocol(
  ctx: Ctx,
  u: SessionUser | null,
  input: { kind: ProtocolKind; sessionId: number | null; heldOn: string | null }
) {
  const user = controlKeeper(u);
  const officeId = workOffice(user);
  return ctx.db.$transaction(async (tx) => {
    const t = await officeTerms(ctx, tx, officeId);
    const office = await tx.office.findUniqueOrThrow({ where: { id: officeId } });
    const attendees: Attendee[] = parseAttendees(office.attendeeTemplate).map((a) => ({ ...a, present: false }));
    let data;
    if (input.kind === 'RECEPTION') {
      if (input.sessionId === null) throw new DomainError('bad_request', { detail: 'sessionId' });
      const s = await tx.receptionSession.findFirst({
        where: { id: input.sessionId, officeId },
        include: { official: true, protocol: true, applications: { where: { state: 'RECEIVED' } } }
      });
      if (!s) throw new DomainError('unknown_session');
      if (s.protocol) throw new DomainError('protocol_exists');
      if (s.date > t.today || s.status !== 'ACTIVE') throw new DomainError('session_not_held');
      const received = [...s.applications].sort((a, b) => (a.slotTime ?? '').localeCompare(b.slotTime ?? ''));
      data = {
        officeId,
        kind: 'RECEPTION',
        sessionId: s.id,
        heldOn: s.date,
        chairName: s.official.fullName,
        chairPositionKk: s.official.positionKk,
        chairPositionRu: s.official.positionRu,
        items: {
          create: received.map((a, i) => ({
            position: i + 1,
            applicationId: a.id,
            applicantName: fullName(a),
            substance: a.substance
          }))
        }
      };
    } else {
      if (!input.heldOn || input.heldOn > t.today) throw new DomainError('bad_date');
      data = { officeId, kind: 'ORAL', heldOn: input.heldOn };
    }
    const p = await tx.protocol.create({
      data: {
        ...data,
        attendees: JSON.stringify(attendees),
        controllerId: user.id,
        dueOn: protocolDue(t.cal, data.heldOn, t.protocolDueDays).toString(),
        createdById: user.id
      }
    });
    await scheduleProtocolReminder(tx, p);
    await audit({ db: tx, now: ctx.now }, user, officeId, 'protocol.create', 'Protocol', p.id, {
      kind: p.kind,
      sessionId: p.sessionId
    });
    return { id: p.id };
  }, TX_OPTIONS);
}

export interface ProtocolSave {
  regNo: string;
  regDate: string | null;
  chairName: string;
  chairPositionKk: string;
  chairPositionRu: string;
  attendees: Attendee[];
  controllerId: number | null;
  items: Array<{
    id: number | null;
    applicationId: number | null;
    applicantName: string;
    substance: string;
    decision: string;
  }>;
}

export async function saveProtocol(ctx: Ctx, u: SessionUser | null, id: number, s: ProtocolSave) {
  const user = controlKeeper(u);
  return ctx.db.$transaction(async (tx) => {
    const p = await loadProtocol(tx, user, id);
    if (p.state !== 'DRAFT') throw new DomainError('protocol_signed');
    if (s.controllerId !== null) await assertController(tx, p.officeId, s.controllerId);
    for (const it of s.items)
      if (it.id !== null && !p.items.some((x) => x.id === it.id))
        throw new DomainError('bad_request', { detail: 'items.id' });
    for (const it of s.items)
      if (
        it.applicationId !== null &&
        !(await tx.application.findFirst({ where: { id: it.applicationId, officeId: p.officeId } }))
      )
        throw new DomainError('unknown_application');
    const keep = new Set(s.items.map((i) => i.id).filter((x): x is number => x !== null));
    const dropped = p.items.filter((i) => !keep.has(i.id)).map((i) => i.id);
    if (dropped.length && (await tx.assignment.count({ where: { protocolItemId: { in: dropped } } })))
      throw new DomainError('item_has_assignments');
    await tx.protocolItem.deleteMany({ where: { id: { in: dropped } } });
    // Positions are renumbered 1, 2, … in the order given; moved out of the way first (unique per protocol).
    await tx.protocolItem.updateMany({ where: { protocolId: p.id }, data: { position: { increment: 10_000 } } });
    for (const [i, it] of s.items.entries()) {
      const row = {
        position: i + 1,
        applicationId: it.applicationId,
        applicantName: it.applicantName,
        substance: it.substance,
        decision: it.decision
      };
      if (it.id === null) await tx.protocolItem.create({ data: { protocolId: p.id, ...row } });
      else await tx.protocolItem.update({ where: { id: it.id }, data: row });
    }
    await tx.protocol.update({
      where: { id: p.id },
      data: {
        regNo: s.regNo,
        regDate: s.regDate,
        chairName: s.chairName,
        chairPositionKk: s.chairPositionKk,
        chairPositionRu: s.chairPositionRu,
        attendees: JSON.stringify(s.attendees),
        controllerId: s.controllerId
      }
    });
    await audit({ db: tx, now: ctx.now }, user, p.officeId, 'protocol.save', 'Protocol', p.id, {
      items: s.items.length
    });
    return { id: p.id };
  }, TX_OPTIONS);
}

export type ItemAssignmentInput = Pick<
  AssignmentInput,
  'content' | 'leadUnitId' | 'coUnitIds' | 'category' | 'deadline' | 'onControl' | 'consideredBy' | 'assigneeId'
> & {
  /** An appeal handed in at the reception ("жеке қабылдаудан", 003 ¶36) with its registration number. */
  appealRegNo: string | null;
  issuer: AssignmentInput['issuer'];
  controllerId: number | null;
};

/** An assignment of one protocol item, numbered 1.1, 1.2 … under the item. */
export async function addItemAssignment(
  ctx: Ctx,
  u: SessionUser | null,
  protocolId: number,
  itemId: number,
  input: ItemAssignmentInput
) {
  const user = controlKeeper(u);
  return ctx.db.$transaction(async (tx) => {
    const p = await loadProtocol(tx, user, protocolId);
    if (p.state !== 'DRAFT') throw new DomainError('protocol_signed');
    const item = p.items.find((i) => i.id === itemId);
    if (!item) throw new DomainError('bad_request', { detail: 'itemId' });
    const siblings = await tx.assignment.count({ where: { protocolItemId: item.id } });
    const t = await officeTerms(ctx, tx, p.officeId);
    const appeal = input.appealRegNo !== null;
    const id = await insertAssignment(tx, t, user, ctx.now(), {
      ...input,
      sourceKind: appeal ? 'APPEAL' : protocolSource(p.kind as ProtocolKind),
      sourceRef: appeal ? input.appealRegNo! : p.regNo,
      sourceDate: p.heldOn,
      number: `${item.position}.${siblings + 1}`,
      controllerId: input.controllerId ?? p.controllerId,
      givenOn: p.heldOn,
      fromReception: true,
      applicationId: item.applicationId,
      protocolId: p.id,
      protocolItemId: item.id
    });
    return { id };
  }, TX_OPTIONS);
}

/** Signs a protocol: registered (number and date), chaired, a controller named, every item decided. */
export async function signProtocol(ctx: Ctx, u: SessionUser | null, id: number) {
  const user = controlKeeper(u);
  return ctx.db.$transaction(async (tx) => {
    const p = await loadProtocol(tx, user, id);
    if (p.state !== 'DRAFT') throw new DomainError('protocol_signed');
    const missing = [
      !p.regNo && 'regNo',
      !p.regDate && 'regDate',
      !p.chairName && 'chairName',
      !p.controllerId && 'controllerId',
      (p.items.length === 0 || p.items.some((i) => !i.decision.trim())) && 'decision'
    ].filter((f): f is string => typeof f === 'string');
    if (missing.length) throw new DomainError('protocol_incomplete', { fields: missing });
    const t = await officeTerms(ctx, tx, p.officeId);
    const signed = await tx.protocol.update({ where: { id: p.id }, data: { state: 'SIGNED', signedOn: t.today } });
    // The assignments carry the protocol's registration number from now on.
    await tx.assignment.updateMany({
      where: { protocolId: p.id, sourceKind: { not: 'APPEAL' } },
      data: { sourceRef: p.regNo }
    });
    await scheduleProtocolReminder(tx, signed);
    await audit({ db: tx, now: ctx.now }, user, p.officeId, 'protocol.sign', 'Protocol', p.id, {
      late: t.today > p.dueOn
    });
    return { id: p.id, signedOn: t.today, late: t.today > p.dueOn };
  }, TX_OPTIONS);
}
