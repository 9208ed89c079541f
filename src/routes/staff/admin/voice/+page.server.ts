import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { voicePage } from '$server/offices';

/** The office's voice clips: listen, replace with a recording, revert (administrators). */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const office = url.searchParams.get('office');
    return voicePage(await appCtx(), locals.user, office ? Number(office) : undefined);
  });
