import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { registerQuery } from '$server/reception/schemas';
import { receptionReader, workOffice } from '$server/reception/access';
import { listApplications, myTasks } from '$server/reception/applications';
import { listOfficials } from '$server/reception/schedule';

/** The sign-up register with "my tasks" (appeals, head; an official sees their own). */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const reader = await receptionReader(ctx.db, locals.user);
    const { lang: _l, ...filter } = parse(registerQuery, queryOf(url));
    const officeId = workOffice(reader.user);
    const [register, tasks, officials, office] = await Promise.all([
      listApplications(ctx, reader, filter),
      myTasks(ctx, reader),
      listOfficials(ctx.db, officeId),
      ctx.db.office.findUniqueOrThrow({ where: { id: officeId }, select: { signupChannels: true } })
    ]);
    return {
      register,
      tasks,
      officials,
      filter,
      channels: office.signupChannels.split(','),
      canRegister: reader.user.role === 'appeals'
    };
  });
