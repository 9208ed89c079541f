import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { requireRole } from '$server/auth/sessions';
import { ROLES } from '$server/auth/roles';

export const GET: RequestHandler = (event) =>
  answer(event, async () => ({ user: requireRole(event.locals.user, ROLES) }));
