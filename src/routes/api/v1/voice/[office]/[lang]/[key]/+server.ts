import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { voiceClip } from '$server/announce/api';

export const GET: RequestHandler = (event) => api(event, () => voiceClip(event));
