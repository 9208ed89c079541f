import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { appCtx } from '$server/app';
import { unreadCount } from '$server/control/notifications';

/** Every staff page needs a signed-in user (roles are checked again by each API call); the bell shows unread notifications. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  if (!locals.user && url.pathname !== '/staff/login')
    redirect(303, `/staff/login?next=${encodeURIComponent(url.pathname)}`);
  const unread = locals.user ? await unreadCount(await appCtx(), locals.user) : 0;
  return { user: locals.user, lang: locals.lang, unread };
};
