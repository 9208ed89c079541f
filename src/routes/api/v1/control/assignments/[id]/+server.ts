import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { assignment } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => assignment(ctx, event));
