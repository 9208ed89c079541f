import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { windowAction } from '$server/queue/api';

export const POST: RequestHandler = (event) => api(event, () => windowAction(event));
