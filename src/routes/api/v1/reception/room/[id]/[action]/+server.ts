import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { room } from '$server/http/reception';

export const POST: RequestHandler = (event) => api(event, () => room(event));
