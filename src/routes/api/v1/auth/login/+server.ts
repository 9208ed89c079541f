import type { RequestHandler } from './$types';
import { SESSION_COOKIE, signIn } from '$server/auth/sessions';
import { api, readBody } from '$server/http/respond';
import { appCtx } from '$server/http/app';
import { loginBody } from '$server/http/schemas';

export const POST: RequestHandler = (event) =>
  api(event, async () => {
    const { login, password } = await readBody(event, loginBody);
    const ctx = await appCtx();
    const { token, expiresAt } = await signIn(ctx.db, login, password, ctx.now());
    event.cookies.set(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: event.url.protocol === 'https:',
      expires: expiresAt
    });
    return { ok: true };
  });
