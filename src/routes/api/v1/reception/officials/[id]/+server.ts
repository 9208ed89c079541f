import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { officials } from '$server/reception/api';

export const PUT: RequestHandler = (event) => api(event, () => officials(event));
