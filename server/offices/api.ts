import type { Ctx } from '../realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { DomainError } from '../shared/errors';
import { ADMIN_ROLES, ROLES } from '../auth/roles';
import { saveKiosk, saveOffice, saveService, saveUser, saveWindow } from './admin';
import { idParam, parse, queryOf, readBody } from '../http/respond';
import { deadlineQuery } from '../calendar';
import { deadlinesFor } from './deadlines';
import { kioskBody, officeBody, serviceBody, userBody, windowBody } from './schemas';

/** POST /api/v1/admin/:entity (create) and PUT /api/v1/admin/:entity/:id (update), each audited before → after. */
export async function adminSave(ctx: Ctx, event: RequestEvent): Promise<unknown> {
  const admin = requireRole(event.locals.user, ADMIN_ROLES);
  const id = event.params.id === undefined ? null : idParam(event.params.id, 'bad_request');
  switch (event.params.entity) {
    case 'offices':
      return saveOffice(ctx, admin, id, await readBody(event, officeBody));
    case 'services':
      return saveService(ctx, admin, id, await readBody(event, serviceBody));
    case 'windows':
      return saveWindow(ctx, admin, id, await readBody(event, windowBody));
    case 'users':
      return saveUser(ctx, admin, id, await readBody(event, userBody));
    case 'kiosks':
      return saveKiosk(ctx, admin, id, await readBody(event, kioskBody));
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
