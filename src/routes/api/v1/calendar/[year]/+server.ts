import type { RequestHandler } from './$types';
import { getYear } from '$server/http/calendar';
import { api } from '$server/http/respond';

export const GET: RequestHandler = (event) => api(event, () => getYear(event));
