import type { Ctx } from '../realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { RECEPTION_ROLES } from '../auth/roles';
import { cancelSession, completeTask } from './absence';
import { receptionReader, workOffice } from './access';
import { applicationStep, recordOnApplication } from './application-steps';
import { applicationCard, registerApplication } from './applications';
import { listApplications, myTasks } from './register';
import { exportRegister, importRegister } from './register-io';
import { roomAction, roomToday } from './room';
import { addSession, generateSessions, monthView, removeSession, scheduleStep } from './schedule';
import { listOfficials, saveOfficial } from './officials';
import { DomainError } from '../shared/errors';
import { recordPhoneSurvey } from '../survey';
import { surveyBody } from '../survey';
import { fileResponse, idParam, parse, readBody, readFile, queryOf } from '../http/respond';
import { DOCUMENT_MIME } from '../documents';
import * as s from './schemas';

/** The personal-reception API: each handler parses, calls one service, answers (docs/api.md). */

const user = (event: RequestEvent) => requireRole(event.locals.user, RECEPTION_ROLES);

export async function officials(ctx: Ctx, event: RequestEvent) {
  if (event.request.method === 'GET') {
    const u = requireRole(event.locals.user, [...RECEPTION_ROLES, 'admin']);
    return { officials: await listOfficials(ctx.db, workOffice(u)) };
  }
  const id = event.params.id === undefined ? null : idParam(event.params.id, 'unknown_official');
  return saveOfficial(ctx, event.locals.user!, id, await readBody(event, s.officialBody));
}

export async function schedule(ctx: Ctx, event: RequestEvent) {
  const month = parse(s.monthParam, event.params.month);
  if (event.request.method === 'GET') return monthView(ctx, await receptionReader(ctx.db, event.locals.user), month);
  const u = user(event);
  switch (event.params.step) {
    case 'generate': {
      const { officialId, weekday, weeks, startsAt, endsAt, ...rest } = await readBody(event, s.generateBody);
      return generateSessions(ctx, u, month, { weekday, weeks, startsAt, endsAt }, { officialId, ...rest });
    }
    case 'submit':
    case 'approve':
    case 'reject':
    case 'publish':
      return scheduleStep(ctx, u, month, event.params.step, (await readBody(event, s.scheduleStepBody)).note);
    default:
      throw new DomainError('bad_request', { detail: event.params.step ?? '' }, 'unknown step');
  }
}

export async function sessions(ctx: Ctx, event: RequestEvent) {
  const u = user(event);
  if (event.params.id === undefined) return addSession(ctx, u, await readBody(event, s.sessionBody));
  const id = idParam(event.params.id, 'unknown_session');
  if (event.request.method === 'DELETE') return removeSession(ctx, u, id);
  const body = await readBody(event, s.absenceBody);
  return cancelSession(ctx, u, id, { ...body, moveTo: body.moveTo ?? null });
}

export async function applications(ctx: Ctx, event: RequestEvent) {
  const u = user(event);
  if (event.params.id === undefined) {
    if (event.request.method === 'GET')
      return listApplications(ctx, await receptionReader(ctx.db, u), parse(s.registerQuery, queryOf(event.url)));
    const body = await readBody(event, s.applicationBody);
    return registerApplication(ctx, u, { ...body, receivedAt: body.receivedAt ? new Date(body.receivedAt) : null });
  }
  const id = idParam(event.params.id, 'unknown_application');
  switch (event.params.action) {
    case undefined:
      return applicationCard(ctx, await receptionReader(ctx.db, u), id);
    case 'step':
      return applicationStep(ctx, u, id, await readBody(event, s.stepBody));
    case 'record':
      return recordOnApplication(ctx, u, id, await readBody(event, s.recordBody));
    case 'survey': {
      const body = await readBody(event, surveyBody);
      return recordPhoneSurvey(ctx, u, id, { ...body, language: body.language ?? 'kk' });
    }
    default:
      throw new DomainError('bad_request', { detail: event.params.action }, 'unknown action');
  }
}

export async function tasks(ctx: Ctx, event: RequestEvent) {
  const u = user(event);
  if (event.params.id === undefined) return myTasks(ctx, await receptionReader(ctx.db, u));
  return completeTask(ctx, u, idParam(event.params.id, 'unknown_task'), await readBody(event, s.taskDoneBody));
}

export async function room(ctx: Ctx, event: RequestEvent) {
  const u = user(event);
  if (event.params.id === undefined) return roomToday(ctx, u);
  const action = parse(s.roomActionParam, event.params.action);
  return roomAction(ctx, u, idParam(event.params.id, 'unknown_application'), action);
}

const FILE_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: DOCUMENT_MIME.xlsx } as const;

/** GET /reception/register.csv|xlsx?filters — POST /reception/register/import.csv|xlsx (the file as the body). */
export async function registerFile(ctx: Ctx, event: RequestEvent) {
  const format = parse(s.registerFormat, event.params.format);
  if (event.request.method === 'POST')
    return importRegister(ctx, user(event), await readFile(event, 5 * 1024 * 1024), format);
  const { lang: _l, ...filter } = parse(s.registerQuery, queryOf(event.url));
  const file = await exportRegister(ctx, await receptionReader(ctx.db, user(event)), filter, format);
  return fileResponse(file, FILE_TYPES[format]);
}
