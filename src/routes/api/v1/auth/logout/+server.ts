import type { RequestHandler } from './$types';
import { SESSION_COOKIE, signOut } from '$server/auth/sessions';
import { api } from '$server/http/respond';
import { cookieBase } from '$server/http/cookies';
import { appCtx } from '$server/app';

export const POST: RequestHandler = (event) =>
  api(event, async () => {
    await signOut((await appCtx()).db, event.cookies.get(SESSION_COOKIE));
    event.cookies.delete(SESSION_COOKIE, cookieBase(event.url));
    return { ok: true };
  });
