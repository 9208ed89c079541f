import type { RequestHandler } from './$types';
import { getDeadlines } from '$server/offices/api';
import { api } from '$server/http/respond';

export const GET: RequestHandler = (event) => api(event, () => getDeadlines(event));
