import type { RequestHandler } from './$types';
import { HALL_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { silentDevices } from '$server/devices/console';
import { appCtx } from '$server/app';
import { api } from '$server/http/respond';

/** Paired kiosks and boards of the caller's offices that stopped reporting (the console's alert). */
export const GET: RequestHandler = (event) =>
  api(event, async () => ({ silent: await silentDevices(await appCtx(), requireRole(event.locals.user, HALL_ROLES)) }));
