import type { PageServerLoad } from './$types';
import { version } from '$app/environment';
import { ADMIN_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { devicesPage } from '$server/devices';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';

/** Paired kiosks and boards: pair a new one by its code, see which are alive, unpair (administrators). */
export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => ({
    ...(await devicesPage(await appCtx(), requireRole(locals.user, ADMIN_ROLES))),
    serverVersion: version
  }));
