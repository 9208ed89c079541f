import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { head } from '$server/control/api';

export const GET: RequestHandler = (event) => api(event, () => head(event));
