import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { units } from '$server/control/api';

export const POST: RequestHandler = (event) => api(event, () => units(event));
