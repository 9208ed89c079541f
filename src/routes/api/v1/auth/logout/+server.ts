import type { RequestHandler } from './$types';
import { SESSION_COOKIE, signOut } from '$server/auth/sessions';
import { api } from '$server/http/respond';
import { appCtx } from '$server/http/app';

export const POST: RequestHandler = (event) =>
  api(event, async () => {
    await signOut((await appCtx()).db, event.cookies.get(SESSION_COOKIE));
    event.cookies.delete(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
