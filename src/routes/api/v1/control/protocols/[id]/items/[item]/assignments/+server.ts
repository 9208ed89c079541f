import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { itemAssignments } from '$server/control/api';

export const POST: RequestHandler = (event) => api(event, () => itemAssignments(event));
