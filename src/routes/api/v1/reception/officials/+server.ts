import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { officials } from '$server/http/reception';

export const GET: RequestHandler = (event) => api(event, () => officials(event));
export const POST: RequestHandler = (event) => api(event, () => officials(event), 201);
