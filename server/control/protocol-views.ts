import { workOffice } from '../auth/scope';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../auth/audit';
import type { Db, Tx } from '../db/client';
import { trafficLight } from '../calendar/rules/deadlines';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { controlKeeper, officeTerms } from './access';
import { protocolDue } from './rules/terms';

/**
 * What the protocol pages read (003 ¶23, ¶25): the protocols still to draw up or sign with their
 * lights, and one protocol with its items and assignments. Drawing up and signing: protocols.ts.
 */

export interface Attendee {
  nameKk: string;
  nameRu: string;
  present: boolean;
}

export async function loadProtocol(db: Db | Tx, user: SessionUser, id: number) {
  const p = await db.protocol.findFirst({
    where: { id, officeId: { in: user.officeIds } },
    include: { items: { orderBy: { position: 'asc' } } }
  });
  if (!p) throw new DomainError('unknown_protocol');
  return p;
}

/** Held sessions still waiting for their protocol, and the protocols with their lights until signed. */
export async function protocolList(ctx: Ctx, u: SessionUser | null) {
  const user = controlKeeper(u);
  const officeId = workOffice(user);
  const t = await officeTerms(ctx, ctx.db, officeId);
  const [protocols, waiting] = await Promise.all([
    ctx.db.protocol.findMany({
      where: { officeId },
      orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
      take: 200,
      include: { session: { include: { official: true } }, _count: { select: { items: true, assignments: true } } }
    }),
    ctx.db.receptionSession.findMany({
      where: {
        officeId,
        status: 'ACTIVE',
        date: { lte: t.today },
        protocol: null,
        applications: { some: { state: 'RECEIVED' } }
      },
      include: { official: true, _count: { select: { applications: { where: { state: 'RECEIVED' } } } } },
      orderBy: { date: 'desc' },
      take: 100
    })
  ]);
  return {
    today: t.today,
    waiting: waiting.map((s) => {
      const due = protocolDue(t.cal, s.date, t.protocolDueDays).toString();
      return {
        sessionId: s.id,
        date: s.date,
        startsAt: s.startsAt,
        official: s.official.fullName,
        received: s._count.applications,
        due,
        light: trafficLight(t.cal, due, t.today, Math.min(t.amberDays, t.protocolDueDays))
      };
    }),
    protocols: protocols.map((p) => ({
      id: p.id,
      kind: p.kind,
      heldOn: p.heldOn,
      regNo: p.regNo,
      state: p.state,
      dueOn: p.dueOn,
      signedOn: p.signedOn,
      official: p.session?.official.fullName ?? null,
      items: p._count.items,
      assignments: p._count.assignments,
      light:
        p.state === 'DRAFT' ? trafficLight(t.cal, p.dueOn, t.today, Math.min(t.amberDays, t.protocolDueDays)) : null
    }))
  };
}

/** The protocol with its items and their assignments; it names applicants, so reading it is logged. */
export async function protocolView(ctx: Ctx, u: SessionUser | null, id: number) {
  const user = controlKeeper(u);
  const p = await loadProtocol(ctx.db, user, id);
  const t = await officeTerms(ctx, ctx.db, p.officeId);
  const [assignments, controller] = await Promise.all([
    ctx.db.assignment.findMany({
      where: { protocolId: p.id },
      include: { executors: { include: { unit: { select: { id: true, nameKk: true, nameRu: true } } } } },
      orderBy: { id: 'asc' }
    }),
    p.controllerId
      ? ctx.db.user.findUnique({ where: { id: p.controllerId }, select: { id: true, fullName: true } })
      : null
  ]);
  await audit(ctx, user, p.officeId, 'protocol.view', 'Protocol', p.id);
  return {
    today: t.today,
    languages: t.protocolLanguages,
    light: p.state === 'DRAFT' ? trafficLight(t.cal, p.dueOn, t.today, Math.min(t.amberDays, t.protocolDueDays)) : null,
    protocol: { ...p, attendees: JSON.parse(p.attendees) as Attendee[], controller },
    assignments: assignments.map((a) => ({
      id: a.id,
      itemId: a.protocolItemId,
      number: a.number,
      content: a.content,
      deadline: a.deadline,
      category: a.category,
      onControl: a.onControl,
      state: a.state,
      sourceKind: a.sourceKind,
      sourceRef: a.sourceRef,
      executors: a.executors.map((e) => ({ lead: e.lead, ...e.unit }))
    }))
  };
}
