import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { protocolDownload } from '$server/control';

export const GET: RequestHandler = (event) => answer(event, (ctx) => protocolDownload(ctx, event));
