import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { cookieBase, LANG_COOKIE } from '$server/http/cookies';
import { readBody } from '$server/http/respond';
import { localeBody } from '$server/auth/schemas';

/** The staff console's language, remembered in a cookie on that machine. */
export const POST: RequestHandler = (event) =>
  answer(event, async () => {
    const { locale } = await readBody(event, localeBody);
    event.cookies.set(LANG_COOKIE, locale, {
      ...cookieBase(event.url),
      httpOnly: false,
      sameSite: 'lax',
      maxAge: 365 * 86400
    });
    return { locale };
  });
