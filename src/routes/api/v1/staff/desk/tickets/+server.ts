import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { api, readBody } from '$server/http/respond';
import { deskTicketBody } from '$server/queue/schemas';
import { issueAtDesk } from '$server/reception/desk';

/** A ticket issued at the registrar desk for a visitor whose identity was verified. */
export const POST: RequestHandler = (event) =>
  api(
    event,
    async () =>
      issueAtDesk(await appCtx(), event.locals.user!, await readBody(event, deskTicketBody), event.url.origin),
    201
  );
