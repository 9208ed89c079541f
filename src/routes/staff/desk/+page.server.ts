import type { PageServerLoad } from './$types';
import { DESK_ROLES } from '$server/auth/roles';
import { workOffice } from '$server/auth/scope';
import { requireRole } from '$server/auth/sessions';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { receivingToday } from '$server/reception/same-day';

/** The registrar desk: the office's services and printers. */
export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => {
    const user = requireRole(locals.user, DESK_ROLES);
    const { db } = await appCtx();
    const officeId = workOffice(user);
    const [office, services, printers] = await Promise.all([
      db.office.findUniqueOrThrow({ where: { id: officeId }, select: { code: true } }),
      db.service.findMany({
        where: { officeId, active: true },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: { id: true, nameKk: true, nameRu: true, prefix: true }
      }),
      db.kiosk.findMany({
        where: { officeId, active: true, printerKind: { not: 'NONE' } },
        orderBy: { id: 'asc' },
        select: { id: true, nameKk: true, nameRu: true }
      })
    ]);
    return { office: office.code, services, printers, receiving: await receivingToday(await appCtx(), officeId) };
  });
