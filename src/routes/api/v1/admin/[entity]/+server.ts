import type { RequestHandler } from './$types';
import { adminSave } from '$server/offices/api';
import { api } from '$server/http/respond';

export const POST: RequestHandler = (event) => api(event, () => adminSave(event), 201);
