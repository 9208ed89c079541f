import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { decide } from '$server/control';

export const POST: RequestHandler = (event) => answer(event, (ctx) => decide(ctx, event));
