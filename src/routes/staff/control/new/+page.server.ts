import { workOffice } from '$server/auth/scope';
import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { controlKeeper, officeTerms } from '$server/control';
import { controllersOf, listUnits } from '$server/control';

export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const officeId = workOffice(controlKeeper(locals.user));
    const [units, controllers, terms] = await Promise.all([
      listUnits(ctx.db, officeId),
      controllersOf(ctx.db, officeId),
      officeTerms(ctx, ctx.db, officeId)
    ]);
    return {
      units: units.filter((u) => u.active).map(({ id, nameKk, nameRu }) => ({ id, nameKk, nameRu })),
      controllers,
      today: terms.today
    };
  });
