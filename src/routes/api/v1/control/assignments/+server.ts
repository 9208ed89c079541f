import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { assignments } from '$server/control/api';

export const GET: RequestHandler = (event) => api(event, () => assignments(event));
export const POST: RequestHandler = (event) => api(event, () => assignments(event));
