import type { RequestHandler } from './$types';
import { api } from '$server/http/respond';
import { registerFile } from '$server/reception/api';

export const POST: RequestHandler = (event) => api(event, () => registerFile(event));
