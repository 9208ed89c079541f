import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { protocols } from '$server/control/api';

export const POST: RequestHandler = (event) => api(event, () => protocols(event));
