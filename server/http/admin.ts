import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/sessions';
import { DomainError } from '../shared/errors';
import { ADMIN_ROLES } from '../auth/roles';
import { saveKiosk, saveOffice, saveService, saveUser, saveWindow } from '../offices/admin';
import { appCtx } from './app';
import { idParam, readBody } from './respond';
import { kioskBody, officeBody, serviceBody, userBody, windowBody } from './schemas';

/** POST /api/v1/admin/:entity (create) and PUT /api/v1/admin/:entity/:id (update). */
export async function adminSave(event: RequestEvent): Promise<unknown> {
  const admin = requireRole(event.locals.user, ADMIN_ROLES);
  const { db } = await appCtx();
  const id = event.params.id === undefined ? null : idParam(event.params.id, 'bad_request');
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
