import { workOffice } from '$server/auth/scope';
import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { registerQuery } from '$server/control';
import { controlReader } from '$server/control';
import { listAssignments } from '$server/control';
import { controllersOf, listUnits } from '$server/control';

/** The control register: appeals staff and the head see the office's; an executor its unit's. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const reader = controlReader(locals.user);
    const { lang: _l, ...filter } = parse(registerQuery, queryOf(url));
    const officeId = workOffice(reader.user);
    const [register, units, controllers] = await Promise.all([
      listAssignments(ctx, reader, filter),
      listUnits(ctx.db, officeId),
      controllersOf(ctx.db, officeId)
    ]);
    return {
      register,
      filter,
      units: units.map(({ id, nameKk, nameRu }) => ({ id, nameKk, nameRu })),
      controllers,
      keeper: reader.seesAll
    };
  });
