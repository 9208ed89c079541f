import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { voiceClip } from '$server/announce';

export const GET: RequestHandler = (event) => answer(event, (ctx) => voiceClip(ctx, event));
