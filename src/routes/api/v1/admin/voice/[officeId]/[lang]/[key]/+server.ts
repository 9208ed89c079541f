import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { voiceReplace, voiceRevert } from '$server/announce';

export const PUT: RequestHandler = (event) => answer(event, (ctx) => voiceReplace(ctx, event));
export const DELETE: RequestHandler = (event) => answer(event, (ctx) => voiceRevert(ctx, event));
