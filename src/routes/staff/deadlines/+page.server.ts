import type { PageServerLoad } from './$types';
import { appCtx } from '$server/http/app';
import { officeToday } from '$server/domain/deadlines';
import { listOffices } from '$server/services/offices';

export const load: PageServerLoad = async ({ locals }) => {
  const { db, now } = await appCtx();
  const offices = await listOffices(db);
  const mine = offices.find((o) => o.id === locals.user!.officeId) ?? offices[0];
  const full = mine ? await db.office.findUnique({ where: { id: mine.id } }) : null;
  return { offices, office: mine?.code ?? '', today: full ? officeToday(now(), full.timeZone).toString() : '' };
};
