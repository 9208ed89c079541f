import type { RequestHandler } from './$types';
import { pairingRequest } from '$server/devices/api';
import { api } from '$server/http/respond';

export const POST: RequestHandler = (event) => api(event, () => pairingRequest(event));
