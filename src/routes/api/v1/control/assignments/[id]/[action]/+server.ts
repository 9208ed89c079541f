import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { assignment } from '$server/control';

export const POST: RequestHandler = (event) => answer(event, (ctx) => assignment(ctx, event));
