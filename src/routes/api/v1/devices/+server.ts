import type { RequestHandler } from './$types';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { listDevices, pairDevice } from '$server/devices/console';
import { appCtx } from '$server/app';
import { api, readBody } from '$server/http/respond';
import { pairBody } from '$server/devices/schemas';

/** The paired screens of the administrator's offices. */
export const GET: RequestHandler = (event) =>
  api(event, async () => listDevices(await appCtx(), requireRole(event.locals.user, ADMIN_ROLES)));

/** Pair the screen showing this code. */
export const POST: RequestHandler = (event) =>
  api(
    event,
    async () =>
      pairDevice(await appCtx(), requireRole(event.locals.user, ADMIN_ROLES), await readBody(event, pairBody)),
    201
  );
