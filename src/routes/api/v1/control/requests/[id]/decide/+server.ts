import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { decide } from '$server/control/api';

export const POST: RequestHandler = (event) => api(event, () => decide(event));
