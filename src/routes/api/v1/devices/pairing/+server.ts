import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { pairingRequest } from '$server/devices';

export const POST: RequestHandler = (event) => answer(event, (ctx) => pairingRequest(ctx, event));
