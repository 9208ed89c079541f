import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { voiceReplace, voiceRevert } from '$server/announce/api';

export const PUT: RequestHandler = (event) => api(event, () => voiceReplace(event));
export const DELETE: RequestHandler = (event) => api(event, () => voiceRevert(event));
