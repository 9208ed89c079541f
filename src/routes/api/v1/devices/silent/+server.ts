import type { RequestHandler } from './$types';
import { HALL_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { silentDevices } from '$server/devices';
import { answer } from '$server/app';

/** Paired kiosks and boards of the caller's offices that stopped reporting (the console's alert). */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => ({ silent: await silentDevices(ctx, requireRole(event.locals.user, HALL_ROLES)) }));
