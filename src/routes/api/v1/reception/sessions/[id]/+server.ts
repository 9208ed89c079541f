import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { sessions } from '$server/reception';

export const DELETE: RequestHandler = (event) => answer(event, (ctx) => sessions(ctx, event));
