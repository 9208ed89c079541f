import type { RequestHandler } from './$types';
import { heartbeatRequest } from '$server/devices/api';
import { api } from '$server/http/respond';

export const POST: RequestHandler = (event) => api(event, () => heartbeatRequest(event));
