import { workOffice } from '../auth/scope';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../auth/audit';
import type { TableDocument } from '../documents';
import { renderDocument as render, type DocFormat } from '../documents';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import type { Language } from '../shared/language';
import { controlKeeper, officeTerms } from './access';
import { protocolView } from './protocol-views';
import { controlListDocument, protocolDocument, type ListRow } from './rules/documents';
import { bySource } from './rules/control-counts';
import { protocolsReportDocument, roomsReportDocument, sourceReportDocument, type ProtocolLine } from './rules/reports';
import { officialLines, REPORT_ASSIGNMENT } from './statistics';
import { assignmentLight, protocolDue, quarterRange, quarterReportDue } from './rules/terms';

/** Files of control of execution: one language per file (000 ¶99), DOCX, PDF and (lists) XLSX. */

export type { DocFormat };

/** The protocol in one of the office's protocol languages (001: Kazakh only). */
export async function protocolFile(
  ctx: Ctx,
  u: SessionUser | null,
  id: number,
  lang: Language,
  format: 'docx' | 'pdf'
) {
  const user = controlKeeper(u);
  const v = await protocolView(ctx, user, id);
  if (!v.languages.includes(lang)) throw new DomainError('protocol_language', { languages: v.languages.join(', ') });
  const p = v.protocol;
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: p.officeId } });
  const pos = new Map(p.items.map((i) => [i.id, i.position]));
  const doc = protocolDocument(
    {
      kind: p.kind as 'RECEPTION' | 'ORAL',
      office,
      regNo: p.regNo,
      regDate: p.regDate,
      heldOn: p.heldOn,
      chairName: p.chairName,
      chairPosition: { nameKk: p.chairPositionKk, nameRu: p.chairPositionRu },
      attendees: p.attendees,
      controller: p.controller?.fullName ?? '',
      items: p.items,
      assignments: v.assignments.map((a) => ({
        itemPosition: pos.get(a.itemId ?? -1) ?? 0,
        number: a.number,
        content: a.content,
        lead: a.executors.find((e) => e.lead)!,
        co: a.executors.filter((e) => !e.lead),
        deadline: a.deadline,
        onControl: a.onControl,
        appealRegNo: a.sourceKind === 'APPEAL' ? a.sourceRef : null
      })),
      drawnUpBy: user.fullName
    },
    lang
  );
  await audit(ctx, user, p.officeId, 'protocol.download', 'Protocol', p.id, { lang, format });
  return render(doc, format);
}

const MAX_LIST_ROWS = 100_000;

/**
 * The weekly list: every assignment on control in the week — live ones, and those removed
 * during the week (so the leadership sees what left control and why).
 */
export async function controlListFile(
  ctx: Ctx,
  u: SessionUser | null,
  week: { from: string; to: string },
  lang: Language,
  format: DocFormat
) {
  const user = controlKeeper(u);
  const officeId = workOffice(user);
  const t = await officeTerms(ctx, ctx.db, officeId);
  const rows = await ctx.db.assignment.findMany({
    where: {
      officeId,
      onControl: true,
      givenOn: { lte: week.to },
      OR: [
        { state: { in: ['OPEN', 'REPORTED', 'REMOVAL_REQUESTED'] } },
        { removedOn: { gte: week.from, lte: week.to } }
      ]
    },
    select: {
      sourceKind: true,
      sourceRef: true,
      givenOn: true,
      number: true,
      content: true,
      deadline: true,
      firstDeadline: true,
      extensions: true,
      state: true,
      removedOn: true,
      removalGround: true,
      reportedOn: true,
      fromReception: true,
      executors: { select: { lead: true, unit: { select: { nameKk: true, nameRu: true } } } },
      events: {
        where: { type: { in: ['DEADLINE_CORRECTED', 'DEADLINE_CENTRAL'] } },
        orderBy: { id: 'asc' },
        select: { type: true, detail: true }
      }
    },
    orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
    take: MAX_LIST_ROWS
  });
  const list: ListRow[] = rows.map(({ events, ...r }) => ({
    ...r,
    moves: events.map((e) => deadlineMove(e.type, e.detail)),
    executors: r.executors.map((e) => ({ lead: e.lead, ...e.unit })),
    light: assignmentLight(t.cal, r, t.today, t.amberDays)
  }));
  const doc = controlListDocument(
    { office: t.office, from: week.from, to: week.to, rows: list, drawnUpBy: user.fullName },
    lang
  );
  await audit(ctx, user, officeId, 'controllist.download', 'Assignment', null, {
    lang,
    format,
    rows: list.length,
    from: week.from
  });
  return render(doc, format);
}

/**
 * How promptly the week's protocols were drawn up (000 ¶92, each Monday): every reception held
 * with applicants received, whether or not its protocol was opened, and the oral-appeal protocols.
 */
export async function protocolsReportFile(
  ctx: Ctx,
  u: SessionUser | null,
  week: { from: string; to: string },
  lang: Language,
  format: DocFormat
) {
  const user = controlKeeper(u);
  const officeId = workOffice(user);
  const t = await officeTerms(ctx, ctx.db, officeId);
  const [sessions, oral] = await Promise.all([
    ctx.db.receptionSession.findMany({
      where: {
        officeId,
        status: 'ACTIVE',
        date: { gte: week.from, lte: week.to },
        applications: { some: { state: 'RECEIVED' } }
      },
      select: {
        date: true,
        official: { select: { fullName: true } },
        protocol: { select: { dueOn: true, regNo: true, regDate: true, signedOn: true, chairName: true } }
      }
    }),
    ctx.db.protocol.findMany({
      where: { officeId, kind: 'ORAL', heldOn: { gte: week.from, lte: week.to } },
      select: { heldOn: true, dueOn: true, regNo: true, regDate: true, signedOn: true, chairName: true }
    })
  ]);
  const lines: ProtocolLine[] = [
    ...sessions.map((s) => ({
      heldOn: s.date,
      kind: 'RECEPTION' as const,
      chair: s.protocol?.chairName || s.official.fullName,
      dueOn: s.protocol?.dueOn ?? protocolDue(t.cal, s.date, t.protocolDueDays).toString(),
      regNo: s.protocol?.regNo ?? '',
      regDate: s.protocol?.regDate ?? null,
      signedOn: s.protocol?.signedOn ?? null
    })),
    ...oral.map((p) => ({
      heldOn: p.heldOn,
      kind: 'ORAL' as const,
      chair: p.chairName,
      dueOn: p.dueOn,
      regNo: p.regNo,
      regDate: p.regDate,
      signedOn: p.signedOn
    }))
  ].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const doc = protocolsReportDocument(
    { office: t.office, ...week, today: t.today, lines, drawnUpBy: user.fullName },
    lang
  );
  await audit(ctx, user, officeId, 'report.protocols', 'Office', officeId, { from: week.from, lang, format });
  return render(doc, format);
}

/** The quarterly reports: by source (000 ¶185) or the reception rooms' (003 ¶40). */
export async function quarterReportFile(
  ctx: Ctx,
  u: SessionUser | null,
  kind: 'sources' | 'rooms',
  year: number,
  quarter: 1 | 2 | 3 | 4,
  lang: Language,
  format: DocFormat
) {
  const user = controlKeeper(u);
  const officeId = workOffice(user);
  const t = await officeTerms(ctx, ctx.db, officeId);
  const { from, to } = quarterRange(year, quarter);
  const head = {
    office: t.office,
    year,
    quarter,
    due: quarterReportDue(t.cal, year, quarter).toString(),
    drawnUpBy: user.fullName
  };
  let doc: TableDocument;
  if (kind === 'sources') {
    const rows = await ctx.db.assignment.findMany({
      where: { officeId, givenOn: { lte: to } },
      select: REPORT_ASSIGNMENT
    });
    doc = sourceReportDocument({ ...head, lines: bySource(rows, from, to) }, lang);
  } else {
    const [lines, notConsidered] = await Promise.all([
      officialLines(ctx.db, officeId, from, to),
      // 003 ¶5: registered, not considered — counted so the quarter shows every application it received.
      ctx.db.application.count({ where: { officeId, state: 'NOT_CONSIDERED', registeredOn: { gte: from, lte: to } } })
    ]);
    doc = roomsReportDocument({ ...head, lines, notConsidered }, lang);
  }
  await audit(ctx, user, officeId, `report.${kind}`, 'Office', officeId, { year, quarter, lang, format });
  return render(doc, format);
}

/** A deadline moved by the edit form's `because` (assignments.ts), as the weekly list notes it. */
function deadlineMove(type: string, detail: string | null): NonNullable<ListRow['moves']>[number] {
  const d = JSON.parse(detail ?? '{}') as { deadline?: { before?: string }; letterRef?: string; letterDate?: string };
  const before = d.deadline?.before ?? '';
  return type === 'DEADLINE_CENTRAL'
    ? { kind: 'CENTRAL_BODY', before, letterRef: d.letterRef ?? '', letterDate: d.letterDate ?? '' }
    : { kind: 'CORRECTION', before };
}
