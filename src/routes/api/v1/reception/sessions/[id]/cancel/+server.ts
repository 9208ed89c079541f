import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { sessions } from '$server/reception';

export const POST: RequestHandler = (event) => answer(event, (ctx) => sessions(ctx, event));
