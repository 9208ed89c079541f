import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { windowAction } from '$server/http/window-actions';

export const POST: RequestHandler = (event) => api(event, () => windowAction(event));
