import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { ADMIN_ROLES } from '$server/auth/roles';
import { answer } from '$server/app';
import { adminData } from '$server/offices';

export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const admin = requireRole(event.locals.user, ADMIN_ROLES);
    return adminData(ctx.db, admin);
  });
