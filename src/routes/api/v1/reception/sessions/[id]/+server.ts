import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { sessions } from '$server/reception/api';

export const DELETE: RequestHandler = (event) => api(event, () => sessions(event));
