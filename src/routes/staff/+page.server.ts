import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { WINDOW_ROLES } from '$server/auth/roles';
import { officeFilter } from '$server/auth/scope';

export const load: PageServerLoad = async ({ locals }) => {
  const user = locals.user!;
  // Registrars work the entrance desk; appeals staff and the head the reception register.
  if (user.role === 'registrar') redirect(303, '/staff/desk');
  // Executors work their unit's assignments.
  if (user.role === 'executor') redirect(303, '/staff/control');
  if (!WINDOW_ROLES.includes(user.role)) redirect(303, '/staff/reception');
  const { db } = await appCtx();
  const windows = await db.window.findMany({
    where: { active: true, ...officeFilter(user) },
    include: { office: true, services: { include: { service: true } }, user: { select: { id: true, fullName: true } } },
    orderBy: [{ officeId: 'asc' }, { number: 'asc' }]
  });
  return {
    windows: windows.map((w) => ({
      id: w.id,
      number: w.number,
      kind: w.kind,
      state: w.state,
      user: w.user,
      services: w.services.map((s) => ({ nameKk: s.service.nameKk, nameRu: s.service.nameRu })),
      office: { code: w.office.code, nameKk: w.office.nameKk, nameRu: w.office.nameRu }
    }))
  };
};
