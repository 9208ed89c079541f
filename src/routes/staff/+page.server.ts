import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { WINDOW_ROLES } from '$server/auth/roles';
import { windowPicker } from '$server/queue';

export const load: PageServerLoad = async ({ locals }) => {
  const user = locals.user!;
  // Registrars work the entrance desk; appeals staff and the head the reception register.
  if (user.role === 'registrar') redirect(303, '/staff/desk');
  // Executors work their unit's assignments.
  if (user.role === 'executor') redirect(303, '/staff/control');
  // The hall's supervisor watches the hall.
  if (user.role === 'supervisor') redirect(303, '/staff/statistics/live');
  if (!WINDOW_ROLES.includes(user.role)) redirect(303, '/staff/reception');
  return { windows: await windowPicker((await appCtx()).db, user) };
};
