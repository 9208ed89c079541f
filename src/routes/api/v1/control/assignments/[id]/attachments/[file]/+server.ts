import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { attachment } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => attachment(ctx, event));
