import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { DomainError } from '$server/domain/errors';
import { appCtx } from '$server/http/app';
import { windowConsole } from '$server/services/windows';

export const load: PageServerLoad = async ({ params, locals }) => {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id)) error(404, 'unknown_window');
  try {
    const data = await windowConsole(await appCtx(), id);
    // Working a window starts by taking it on the picker page.
    if (data.window.user?.id !== locals.user!.id) redirect(303, '/staff');
    return { console: data };
  } catch (err) {
    if (err instanceof DomainError) error(err.status, err.code);
    throw err;
  }
};
