import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { windowAction } from '$server/queue';

export const POST: RequestHandler = (event) => answer(event, (ctx) => windowAction(ctx, event));
