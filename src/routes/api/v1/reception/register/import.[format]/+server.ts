import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { registerFile } from '$server/reception';

export const POST: RequestHandler = (event) => answer(event, (ctx) => registerFile(ctx, event));
