import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { idParam, orErrorPage } from '$server/http/respond';
import { windowConsole } from '$server/queue';

export const load: PageServerLoad = async ({ params, locals }) => {
  const data = await orErrorPage(async () =>
    windowConsole(await appCtx(), idParam(params.id, 'unknown_window'), locals.user!)
  );
  // Working a window starts by taking it on the picker page.
  if (data.window.user?.id !== locals.user!.id) redirect(303, '/staff');
  return { console: data };
};
