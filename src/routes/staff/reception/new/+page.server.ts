import type { PageServerLoad } from './$types';
import { requireRole } from '$server/auth/sessions';
import { REGISTER_ROLES } from '$server/auth/roles';
import { appCtx } from '$server/app';
import { orErrorPage } from '$server/http/respond';
import { workOffice } from '$server/reception/access';
import { listOfficials } from '$server/reception/schedule';

/** Registering an application (appeals staff). */
export const load: PageServerLoad = ({ locals }) =>
  orErrorPage(async () => {
    const user = requireRole(locals.user, REGISTER_ROLES);
    const ctx = await appCtx();
    const officeId = workOffice(user);
    const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId }, select: { signupChannels: true } });
    return {
      officials: (await listOfficials(ctx.db, officeId)).filter((o) => o.active),
      channels: office.signupChannels.split(',')
    };
  });
