import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { schedule } from '$server/reception';

export const GET: RequestHandler = (event) => answer(event, (ctx) => schedule(ctx, event));
