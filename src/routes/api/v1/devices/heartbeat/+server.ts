import type { RequestHandler } from './$types';
import { version } from '$app/environment';
import { answer } from '$server/app';
import { heartbeatRequest } from '$server/devices';

export const POST: RequestHandler = (event) => answer(event, (ctx) => heartbeatRequest(ctx, event, version));
