import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { applications } from '$server/reception/api';

export const GET: RequestHandler = (event) => api(event, () => applications(event));
