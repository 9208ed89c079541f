import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { protocols } from '$server/control';

export const POST: RequestHandler = (event) => answer(event, (ctx) => protocols(ctx, event));
