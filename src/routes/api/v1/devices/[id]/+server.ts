import type { RequestHandler } from './$types';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { unpairDevice, updateDevice } from '$server/devices/console';
import { appCtx } from '$server/app';
import { api, idParam, readBody } from '$server/http/respond';
import { deviceBody } from '$server/devices/schemas';

/** Rename a paired screen or change a kiosk's printer. */
export const PUT: RequestHandler = (event) =>
  api(event, async () => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    return updateDevice(
      await appCtx(),
      admin,
      idParam(event.params.id, 'unknown_device'),
      await readBody(event, deviceBody)
    );
  });

/** Unpair: the screen's token stops working at once. */
export const DELETE: RequestHandler = (event) =>
  api(event, async () => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    return unpairDevice(await appCtx(), admin, idParam(event.params.id, 'unknown_device'));
  });
