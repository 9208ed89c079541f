import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { idParam, orErrorPage } from '$server/http/respond';
import { protocolView } from '$server/control';
import { controllersOf, listUnits } from '$server/control';

export const load: PageServerLoad = ({ locals, params }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const view = await protocolView(ctx, locals.user, idParam(params.id, 'unknown_protocol'));
    const officeId = view.protocol.officeId;
    const [units, controllers] = await Promise.all([listUnits(ctx.db, officeId), controllersOf(ctx.db, officeId)]);
    const active = units.filter((u) => u.active);
    return {
      view,
      units: active.map(({ id, nameKk, nameRu }) => ({ id, nameKk, nameRu })),
      controllers,
      executors: active.flatMap((u) => u.staff)
    };
  });
