import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { readBody } from '$server/http/respond';
import { deskTicketBody } from '$server/queue';
import { issueAtDesk } from '$server/reception';

/** A ticket issued at the registrar desk for a visitor whose identity was verified. */
export const POST: RequestHandler = (event) =>
  answer(
    event,
    async (ctx) => issueAtDesk(ctx, event.locals.user!, await readBody(event, deskTicketBody), event.url.origin),
    201
  );
