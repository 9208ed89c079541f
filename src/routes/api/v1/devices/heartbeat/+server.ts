import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { heartbeatRequest } from '$server/devices';

export const POST: RequestHandler = (event) => answer(event, (ctx) => heartbeatRequest(ctx, event));
