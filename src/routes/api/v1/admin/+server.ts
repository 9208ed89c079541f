import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { ADMIN_ROLES } from '$server/auth/roles';
import { api } from '$server/http/respond';
import { appCtx } from '$server/app';
import { adminData } from '$server/offices/admin';

export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    return adminData((await appCtx()).db, admin);
  });
