import type { RequestHandler } from './$types';
import { adminSave } from '$server/offices/api';
import { api } from '$server/http/respond';

export const PUT: RequestHandler = (event) => api(event, () => adminSave(event));
