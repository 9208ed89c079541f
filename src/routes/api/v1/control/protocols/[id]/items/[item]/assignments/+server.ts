import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { itemAssignments } from '$server/http/control';

export const POST: RequestHandler = (event) => api(event, () => itemAssignments(event));
