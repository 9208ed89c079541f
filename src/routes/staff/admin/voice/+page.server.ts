import type { PageServerLoad } from './$types';
import { clipList } from '$server/announce/clips';
import { workOffice } from '$server/auth/scope';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { DomainError } from '$server/shared/errors';

/** The office's voice clips: listen, replace with a recording, revert (administrators). */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const { db } = await appCtx();
    if (!locals.user) throw new DomainError('forbidden');
    const officeId = workOffice(
      locals.user,
      url.searchParams.has('office') ? Number(url.searchParams.get('office')) : undefined
    );
    const office = await db.office.findUniqueOrThrow({
      where: { id: officeId },
      select: { id: true, code: true, nameKk: true, nameRu: true }
    });
    return { office, clips: await clipList(db, locals.user, officeId) };
  });
