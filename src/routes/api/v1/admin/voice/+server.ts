import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { voiceList } from '$server/announce';

export const GET: RequestHandler = (event) => answer(event, (ctx) => voiceList(ctx, event));
