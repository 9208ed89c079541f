import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { appCtx } from '$server/app';
import { unreadCount } from '$server/control';
import { staffOffice } from '$server/offices';

/**
 * Every staff page needs a signed-in user (roles are checked again by each API call); the bell shows
 * unread notifications; every time on the console is shown in the office's zone.
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  if (!locals.user && url.pathname !== '/staff/login')
    redirect(303, `/staff/login?next=${encodeURIComponent(url.pathname)}`);
  const ctx = await appCtx();
  const [unread, office] = locals.user
    ? await Promise.all([unreadCount(ctx, locals.user), staffOffice(ctx.db, locals.user)])
    : [0, { code: null, timeZone: 'UTC' }];
  return { user: locals.user, lang: locals.lang, unread, timeZone: office.timeZone, officeCode: office.code };
};
