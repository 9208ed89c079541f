import type { RequestHandler } from './$types';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { listDevices, pairDevice } from '$server/devices';
import { answer } from '$server/app';
import { readBody } from '$server/http/respond';
import { pairBody } from '$server/devices';

/** The paired screens of the administrator's offices. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => listDevices(ctx, requireRole(event.locals.user, ADMIN_ROLES)));

/** Pair the screen showing this code. */
export const POST: RequestHandler = (event) =>
  answer(
    event,
    async (ctx) => pairDevice(ctx, requireRole(event.locals.user, ADMIN_ROLES), await readBody(event, pairBody)),
    201
  );
