import type { Ctx } from '../realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { DomainError } from '../shared/errors';
import { ADMIN_ROLES, ROLES } from '../auth/roles';
import { saveKiosk, saveOffice, saveService, saveUser, saveWindow } from './admin';
import { audit, auditChanges } from '../auth/audit';
import type { Db } from '../db/client';
import { idParam, parse, queryOf, readBody } from '../http/respond';
import { deadlineQuery } from '../calendar';
import { deadlinesFor } from './deadlines';
import { kioskBody, officeBody, serviceBody, userBody, windowBody } from './schemas';

/** POST /api/v1/admin/:entity (create) and PUT /api/v1/admin/:entity/:id (update), each audited before → after. */
export async function adminSave(ctx: Ctx, event: RequestEvent): Promise<unknown> {
  const admin = requireRole(event.locals.user, ADMIN_ROLES);
  const id = event.params.id === undefined ? null : idParam(event.params.id, 'bad_request');
  const model = MODELS[event.params.entity ?? ''];
  if (!model) throw new DomainError('bad_request', { detail: event.params.entity ?? '' }, 'unknown entity');
  const before = id === null ? null : await snapshot(ctx.db, model, id);
  const saved = (await save(ctx, event, admin, id)) as { id: number };
  const after = await snapshot(ctx.db, model, saved.id);
  const officeId = model === 'office' ? saved.id : ((after?.officeId as number | null | undefined) ?? null);
  await audit(ctx, admin, officeId, `admin.${model}.${id === null ? 'create' : 'update'}`, model, saved.id, {
    changes: auditChanges(before, after)
  });
  return saved;
}

const MODELS: Record<string, 'office' | 'service' | 'window' | 'user' | 'kiosk'> = {
  offices: 'office',
  services: 'service',
  windows: 'window',
  users: 'user',
  kiosks: 'kiosk'
};

async function snapshot(db: Db, model: (typeof MODELS)[string], id: number): Promise<Record<string, unknown> | null> {
  return (db[model] as unknown as { findUnique(a: object): Promise<Record<string, unknown> | null> }).findUnique({
    where: { id }
  });
}

async function save(
  ctx: Ctx,
  event: RequestEvent,
  admin: ReturnType<typeof requireRole>,
  id: number | null
): Promise<unknown> {
  const { db } = ctx;
  switch (event.params.entity) {
    case 'offices':
      return saveOffice(db, admin, id, await readBody(event, officeBody));
    case 'services':
      return saveService(db, admin, id, await readBody(event, serviceBody));
    case 'windows':
      return saveWindow(db, admin, id, await readBody(event, windowBody));
    case 'users':
      return saveUser(db, admin, id, await readBody(event, userBody));
    case 'kiosks':
      return saveKiosk(db, admin, id, await readBody(event, kioskBody));
    default:
      throw new DomainError('bad_request', { detail: event.params.entity ?? '' }, 'unknown entity');
  }
}

/** GET /api/v1/deadlines?office=…&… — any staff member. */
export async function getDeadlines(ctx: Ctx, event: RequestEvent) {
  const user = requireRole(event.locals.user, ROLES);
  const q = parse(deadlineQuery, queryOf(event.url));
  return deadlinesFor(ctx.db, q, ctx.now(), user);
}
