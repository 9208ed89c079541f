import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { officials } from '$server/reception/api';

export const GET: RequestHandler = (event) => api(event, () => officials(event));
export const POST: RequestHandler = (event) => api(event, () => officials(event), 201);
