import type { RequestHandler } from './$types';
import { requireRole } from '$server/auth/sessions';
import { ROLES } from '$server/auth/roles';
import { api } from '$server/http/respond';

export const GET: RequestHandler = (event) => api(event, async () => ({ user: requireRole(event.locals.user, ROLES) }));
