import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { protocolPromptness } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => protocolPromptness(ctx, event));
