import type { RequestHandler } from './$types';
import { appCtx } from '$server/app';
import { api, readBody } from '$server/http/respond';
import { deskCheckInBody } from '$server/reception/schemas';
import { checkInAtDesk } from '$server/reception/desk';

/** Check a visitor in for today's appointment at the registrar desk. */
export const POST: RequestHandler = (event) =>
  api(event, async () =>
    checkInAtDesk(await appCtx(), event.locals.user!, await readBody(event, deskCheckInBody), event.url.origin)
  );
