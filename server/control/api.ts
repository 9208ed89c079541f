import type { Ctx } from '../realtime/context';
import { workOffice } from '../auth/scope';
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { ROLES } from '../auth/roles';
import { controlReader } from './access';
import { createAssignment, editAssignment } from './assignments';
import { assignmentCard } from './card';
import { controlListFile, protocolFile, protocolsReportFile, quarterReportFile } from './documents';
import { attach, attachmentFile, reportExecution, sendPart, setAssignee } from './execution';
import { listNotifications, markNotifications } from './notifications';
import { addItemAssignment, createProtocol, saveProtocol, signProtocol } from './protocols';
import { protocolList, protocolView } from './protocol-views';
import { dashboard, listAssignments } from './register';
import { decideRequest, requestExtension, requestRedirect, requestRemoval, returnReport } from './requests';
import { weekOf } from './rules/terms';
import { listUnits, saveUnit } from './units';
import { DomainError } from '../shared/errors';
import { fileResponse, idParam, parse, readBody, readFile, queryOf, decodedHeader } from '../http/respond';
import { isoDate } from '../shared/schemas';
import * as s from './schemas';

/** The control-of-execution API: each handler parses, calls one service, answers (docs/api.md). */

const strip = <T extends { language?: unknown }>({ language: _l, ...rest }: T) => rest;

export async function units(ctx: Ctx, event: RequestEvent) {
  if (event.request.method === 'GET') {
    const u = requireRole(event.locals.user, ['appeals', 'head', 'executor', 'admin']);
    return { units: await listUnits(ctx.db, workOffice(u)) };
  }
  const id = event.params.id === undefined ? null : idParam(event.params.id, 'unknown_unit');
  return saveUnit(ctx, event.locals.user, id, await readBody(event, s.unitBody));
}

export async function assignments(ctx: Ctx, event: RequestEvent) {
  if (event.request.method === 'GET') {
    const { lang: _l, ...filter } = parse(s.registerQuery, queryOf(event.url));
    return listAssignments(ctx, controlReader(event.locals.user), filter);
  }
  return createAssignment(ctx, event.locals.user, strip(await readBody(event, s.assignmentBody)));
}

export async function assignment(ctx: Ctx, event: RequestEvent) {
  const id = idParam(event.params.id, 'unknown_assignment');
  const u = event.locals.user;
  switch (event.request.method === 'GET' ? 'card' : event.params.action) {
    case 'card':
      return assignmentCard(ctx, u, id);
    case 'edit':
      return editAssignment(ctx, u, id, strip(await readBody(event, s.editBody)));
    case 'report':
      return reportExecution(ctx, u, id, strip(await readBody(event, s.reportBody)));
    case 'part':
      return sendPart(ctx, u, id, (await readBody(event, s.partBody)).text);
    case 'assignee':
      return setAssignee(ctx, u, id, (await readBody(event, s.assigneeBody)).assigneeId);
    case 'extension':
      return requestExtension(ctx, u, id, strip(await readBody(event, s.extensionBody)));
    case 'redirect':
      return requestRedirect(ctx, u, id, strip(await readBody(event, s.redirectBody)));
    case 'removal':
      return requestRemoval(ctx, u, id, strip(await readBody(event, s.removalBody)));
    case 'return':
      return returnReport(ctx, u, id, (await readBody(event, s.returnBody)).note);
    case 'attachments': {
      const name = decodedHeader(event.request, 'x-file-name');
      return attach(ctx, u, id, {
        name,
        mime: event.request.headers.get('content-type') ?? '',
        body: await readFile(event, 10 * 1024 * 1024)
      });
    }
    default:
      throw new DomainError('bad_request', { detail: event.params.action ?? '' }, 'unknown action');
  }
}

/** A stored attachment, always as a download (never shown inline: it is someone's upload). */
export async function attachment(ctx: Ctx, event: RequestEvent) {
  const file = await attachmentFile(
    ctx,
    event.locals.user,
    idParam(event.params.id, 'unknown_assignment'),
    idParam(event.params.file, 'unknown_attachment')
  );
  return fileResponse({ body: file.data, fileName: file.fileName }, 'application/octet-stream');
}

export async function decide(ctx: Ctx, event: RequestEvent) {
  return decideRequest(
    ctx,
    event.locals.user,
    idParam(event.params.id, 'unknown_request'),
    strip(await readBody(event, s.decideBody))
  );
}

export async function protocols(ctx: Ctx, event: RequestEvent) {
  const u = event.locals.user;
  if (event.params.id === undefined)
    return event.request.method === 'GET'
      ? protocolList(ctx, u)
      : createProtocol(ctx, u, strip(await readBody(event, s.protocolCreateBody)));
  const id = idParam(event.params.id, 'unknown_protocol');
  if (event.request.method === 'GET') return protocolView(ctx, u, id);
  switch (event.params.action) {
    case undefined:
      return saveProtocol(ctx, u, id, strip(await readBody(event, s.protocolSaveBody)));
    case 'sign':
      return signProtocol(ctx, u, id);
    default:
      throw new DomainError('bad_request', { detail: event.params.action }, 'unknown action');
  }
}

export async function itemAssignments(ctx: Ctx, event: RequestEvent) {
  const body = strip(await readBody(event, s.itemAssignmentBody));
  return addItemAssignment(
    ctx,
    event.locals.user,
    idParam(event.params.id, 'unknown_protocol'),
    idParam(event.params.item, 'unknown_protocol'),
    body
  );
}

const download = (file: { body: Buffer; fileName: string; mime: string }) => fileResponse(file, file.mime);

export async function protocolDownload(ctx: Ctx, event: RequestEvent) {
  const lang = parse(s.docLang, event.params.lang);
  const format = parse(s.protocolFormat, event.params.format);
  return download(
    await protocolFile(ctx, event.locals.user, idParam(event.params.id, 'unknown_protocol'), lang, format)
  );
}

/** The week of ?week=YYYY-MM-DD (any day of it), this week by default. */
function weekParam(event: RequestEvent, now: Date) {
  const day = event.url.searchParams.get('week');
  return weekOf(day ? parse(isoDate, day) : now.toISOString().slice(0, 10));
}

/** GET /control/list.{format}?lang=kk&week=YYYY-MM-DD: the weekly control list (000 ¶171). */
export async function controlList(ctx: Ctx, event: RequestEvent) {
  const format = parse(s.docFormat, event.params.format);
  const lang = parse(s.docLang, event.url.searchParams.get('lang') ?? 'kk');
  return download(await controlListFile(ctx, event.locals.user, weekParam(event, ctx.now()), lang, format));
}

/** GET /control/protocol-promptness.{format}?lang=kk&week=YYYY-MM-DD: the protocols of a week (000 ¶92). */
export async function protocolPromptness(ctx: Ctx, event: RequestEvent) {
  const format = parse(s.docFormat, event.params.format);
  const lang = parse(s.docLang, event.url.searchParams.get('lang') ?? 'kk');
  return download(await protocolsReportFile(ctx, event.locals.user, weekParam(event, ctx.now()), lang, format));
}

/** GET /control/reports/{YYYY-Qn}/{sources|rooms}.{format}?lang= */
export async function quarterReport(ctx: Ctx, event: RequestEvent) {
  const [year, q] = parse(s.quarterParam, event.params.quarter).split('-Q').map(Number);
  const kind = parse(s.reportKind, event.params.kind);
  const format = parse(s.docFormat, event.params.format);
  const lang = parse(s.docLang, event.url.searchParams.get('lang') ?? 'kk');
  return download(await quarterReportFile(ctx, event.locals.user, kind, year, q as 1 | 2 | 3 | 4, lang, format));
}

export async function head(ctx: Ctx, event: RequestEvent) {
  return dashboard(ctx, controlReader(event.locals.user));
}

export async function notifications(ctx: Ctx, event: RequestEvent) {
  if (event.request.method === 'GET')
    return listNotifications(ctx, event.locals.user, event.url.searchParams.get('unread') === '1');
  requireRole(event.locals.user, ROLES);
  const id = event.params.id === 'all' ? null : idParam(event.params.id, 'unknown_notification');
  return markNotifications(ctx, event.locals.user, id, (await readBody(event, s.markBody)).read);
}
