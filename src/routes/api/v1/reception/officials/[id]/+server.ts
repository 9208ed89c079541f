import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { officials } from '$server/http/reception';

export const PUT: RequestHandler = (event) => api(event, () => officials(event));
