import type { RequestHandler } from './$types';
import { getYear } from '$server/calendar/api';
import { api } from '$server/http/respond';

export const GET: RequestHandler = (event) => api(event, () => getYear(event));
