import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, signIn } from '../auth/sessions';
import { appCtx } from './app';

/** The staff console's language on this machine (kk/ru); read in hooks.server.ts. */
export const LANG_COOKIE = 'qabyldau_lang';

/**
 * Signs a staff member in and sets the session cookie. One place for both ways in:
 * the sign-in page's form and the JSON API. Throws bad_credentials.
 */
export async function startSession(cookies: Cookies, url: URL, login: string, password: string): Promise<void> {
  const ctx = await appCtx();
  const { token, expiresAt } = await signIn(ctx.db, login, password, ctx.now());
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: url.protocol === 'https:',
    expires: expiresAt
  });
}
