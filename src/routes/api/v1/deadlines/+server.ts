import type { RequestHandler } from './$types';
import { getDeadlines } from '$server/http/calendar';
import { api } from '$server/http/respond';

export const GET: RequestHandler = (event) => api(event, () => getDeadlines(event));
