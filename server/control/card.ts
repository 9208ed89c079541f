import type { SessionUser } from '../auth/sessions';
import { audit } from '../auth/audit';
import { controlDates } from '../calendar/rules/deadlines';
import type { Ctx } from '../realtime/context';
import { controlReader, officeTerms } from './access';
import { lead, loadVisible } from './execution';
import { canDo } from './rules/assignment-state';
import { assignmentLight, lateParts, redirectUntil, removalMemoDue } from './rules/terms';
import { extensionRoute } from './rules/sources';

/**
 * One assignment as its card shows it: the facts, the dates that hang off the deadline, the
 * executors and their parts, requests, attachments, reminders, the history with who and when,
 * and what this reader may do now. A card naming an applicant is an access to personal data: logged.
 */
export async function assignmentCard(ctx: Ctx, u: SessionUser | null, id: number) {
  const reader = controlReader(u);
  const a = await loadVisible(ctx.db, reader, id);
  const t = await officeTerms(ctx, ctx.db, a.officeId);
  const [full, events, requests, attachments, reminders, unitStaff] = await Promise.all([
    ctx.db.assignment.findUniqueOrThrow({
      where: { id },
      include: {
        controller: { select: { id: true, fullName: true } },
        assignee: { select: { id: true, fullName: true } },
        protocol: { select: { id: true, kind: true, heldOn: true, regNo: true } },
        application: {
          select: { id: true, year: true, number: true, surname: true, givenName: true, patronymic: true }
        }
      }
    }),
    ctx.db.assignmentEvent.findMany({ where: { assignmentId: id }, orderBy: { id: 'asc' } }),
    ctx.db.controlRequest.findMany({ where: { assignmentId: id }, orderBy: { id: 'asc' } }),
    ctx.db.attachment.findMany({
      where: { assignmentId: id },
      select: { id: true, fileName: true, size: true, sha256: true, at: true, uploadedById: true },
      orderBy: { id: 'asc' }
    }),
    ctx.db.reminder.findMany({
      where: { entity: 'Assignment', entityId: id, state: { not: 'CANCELLED' } },
      select: { kind: true, fireOn: true, state: true },
      orderBy: { fireOn: 'asc' }
    }),
    ctx.db.user.findMany({ where: { unitId: lead(a).unitId, active: true }, select: { id: true, fullName: true } })
  ]);
  const userIds = [
    ...new Set(
      [
        ...events.map((e) => e.userId),
        ...requests.flatMap((r) => [r.requestedById, r.decidedById]),
        ...JSON.parse(a.consideredBy)
      ].filter((x): x is number => typeof x === 'number')
    )
  ];
  const names = new Map(
    (await ctx.db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true } })).map((x) => [
      x.id,
      x.fullName
    ])
  );
  if (full.application)
    await audit(ctx, reader.user, a.officeId, 'assignment.view', 'Assignment', id, {
      applicationId: full.application.id
    });

  const l = lead(a);
  const isLeadUnit = reader.unitId === l.unitId;
  const isHead = isLeadUnit && [l.unit.headUserId, l.unit.actingUserId].includes(reader.user.id);
  const keeper = reader.seesAll;
  const pending = (kind: string) => requests.some((r) => r.kind === kind && r.state === 'PENDING');
  const dates = controlDates(t.cal, a.givenOn, a.deadline);
  const mine = a.executors.find((e) => e.unitId === reader.unitId && !e.lead);

  return {
    today: t.today,
    light: assignmentLight(t.cal, a, t.today, t.amberDays),
    /** The source allows no extension at all (000 ¶174 p.2). */
    /** How its deadline may move later: never, by its central body, or by the office's decision. */
    extensionRoute: extensionRoute(a.issuer, t.neverExtended),
    assignment: {
      ...full,
      consideredBy: (JSON.parse(a.consideredBy) as number[]).map((uid) => ({
        id: uid,
        fullName: names.get(uid) ?? `#${uid}`
      })),
      application: full.application
        ? {
            id: full.application.id,
            number: `${full.application.year}/${String(full.application.number).padStart(4, '0')}`,
            fullName: [full.application.surname, full.application.givenName, full.application.patronymic]
              .filter(Boolean)
              .join(' ')
          }
        : null
    },
    dates: {
      executorReport: dates.executorReport.toString(),
      reminder: dates.reminder.toString(),
      coExecutorReport: dates.coExecutorReport.toString(),
      extensionRequestBy: dates.extensionRequestBy.toString(),
      removalMemoDue: removalMemoDue(t.cal, a.deadline).toString(),
      redirectUntil: redirectUntil(t.cal, l.receivedOn).toString()
    },
    executors: a.executors.map((e) => ({
      unitId: e.unitId,
      nameKk: e.unit.nameKk,
      nameRu: e.unit.nameRu,
      headName: e.unit.headName,
      lead: e.lead,
      receivedOn: e.receivedOn,
      partDueOn: e.partDueOn,
      partOn: e.partOn,
      partText: e.partText
    })),
    lateCoExecutors: lateParts(a.executors, t.today).map((e) => e.unitId),
    requests: requests.map((r) => ({
      ...r,
      requestedBy: names.get(r.requestedById) ?? '',
      /** Filed by the reader: another person decides it (000 ¶183). */
      mine: r.requestedById === reader.user.id,
      decidedBy: r.decidedById ? (names.get(r.decidedById) ?? '') : null
    })),
    attachments: attachments.map((f) => ({ ...f, uploadedBy: names.get(f.uploadedById) ?? '' })),
    reminders,
    history: events.map((e) => ({
      id: e.id,
      type: e.type,
      at: e.at,
      by: e.userId ? (names.get(e.userId) ?? '') : null,
      detail: e.detail ? JSON.parse(e.detail) : null
    })),
    unitStaff,
    can: {
      edit: keeper && canDo(a.state, 'edit'),
      attach: a.state !== 'REMOVED',
      report: (isLeadUnit || reader.user.role === 'appeals') && canDo(a.state, 'report'),
      sendPart: !!mine && canDo(a.state, 'addPart'),
      setAssignee: (isLeadUnit || keeper) && canDo(a.state, 'edit'),
      requestExtension: isHead && canDo(a.state, 'requestExtension') && !pending('EXTENSION'),
      requestRedirect:
        isLeadUnit &&
        canDo(a.state, 'requestRedirect') &&
        !pending('REDIRECT') &&
        t.today <= redirectUntil(t.cal, l.receivedOn).toString(),
      requestRemoval: keeper && canDo(a.state, 'requestRemoval') && !pending('REMOVAL'),
      returnReport: keeper && canDo(a.state, 'returnReport'),
      decide: reader.user.role === 'head' ? ['EXTENSION', 'REMOVAL', 'REDIRECT'] : keeper ? ['REDIRECT'] : []
    }
  };
}
export type AssignmentCard = Awaited<ReturnType<typeof assignmentCard>>;
