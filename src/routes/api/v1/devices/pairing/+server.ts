import type { RequestHandler } from './$types';
import { pairingRequest } from '$server/http/devices';
import { api } from '$server/http/respond';

export const POST: RequestHandler = (event) => api(event, () => pairingRequest(event));
