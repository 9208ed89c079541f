import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { voiceList } from '$server/announce/api';

export const GET: RequestHandler = (event) => api(event, () => voiceList(event));
