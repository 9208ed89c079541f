import type { RequestHandler } from './$types';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { unpairDevice, updateDevice } from '$server/devices';
import { answer } from '$server/app';
import { idParam, readBody } from '$server/http/respond';
import { deviceBody } from '$server/devices';

/** Rename a paired screen or change a kiosk's printer. */
export const PUT: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    return updateDevice(ctx, admin, idParam(event.params.id, 'unknown_device'), await readBody(event, deviceBody));
  });

/** Unpair: the screen's token stops working at once. */
export const DELETE: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    return unpairDevice(ctx, admin, idParam(event.params.id, 'unknown_device'));
  });
