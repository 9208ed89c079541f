import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { idParam, orErrorPage } from '$server/http/respond';
import { assignmentCard } from '$server/control';
import { listUnits } from '$server/control';

export const load: PageServerLoad = ({ locals, params }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const card = await assignmentCard(ctx, locals.user, idParam(params.id, 'unknown_assignment'));
    const units = (await listUnits(ctx.db, card.assignment.officeId))
      .filter((u) => u.active)
      .map(({ id, nameKk, nameRu }) => ({ id, nameKk, nameRu }));
    return { card, units };
  });
