import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { units } from '$server/control/api';

export const GET: RequestHandler = (event) => api(event, () => units(event));
export const POST: RequestHandler = (event) => api(event, () => units(event));
