import type { RequestHandler } from './$types';
import { deleteDay, putDay } from '$server/calendar/api';
import { api } from '$server/http/respond';

export const PUT: RequestHandler = (event) => api(event, () => putDay(event));
export const DELETE: RequestHandler = (event) => api(event, () => deleteDay(event));
