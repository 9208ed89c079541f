import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { notifications } from '$server/control';

export const POST: RequestHandler = (event) => answer(event, (ctx) => notifications(ctx, event));
