import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { protocols } from '$server/http/control';

export const GET: RequestHandler = (event) => api(event, () => protocols(event));
export const POST: RequestHandler = (event) => api(event, () => protocols(event));
