import type { RequestHandler } from './$types';
import { SESSION_COOKIE, signOut } from '$server/auth/sessions';
import { cookieBase } from '$server/http/cookies';
import { answer } from '$server/app';

export const POST: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    await signOut(ctx.db, event.cookies.get(SESSION_COOKIE));
    event.cookies.delete(SESSION_COOKIE, cookieBase(event.url));
    return { ok: true };
  });
