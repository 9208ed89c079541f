import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { controlList } from '$server/http/control';

export const GET: RequestHandler = (event) => api(event, () => controlList(event));
