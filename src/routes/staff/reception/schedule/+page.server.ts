import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse } from '$server/http/respond';
import { monthParam } from '$server/reception/schemas';
import { officeToday } from '$server/calendar/rules/deadlines';
import { receptionReader, workOffice } from '$server/reception/access';
import { monthView } from '$server/reception/schedule';

/** A month of the reception schedule: sessions, approval, absence. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const reader = await receptionReader(ctx.db, locals.user);
    const officeId = workOffice(reader.user);
    const office = await ctx.db.office.findUniqueOrThrow({
      where: { id: officeId },
      select: { code: true, timeZone: true }
    });
    const today = officeToday(ctx.now(), office.timeZone).toString();
    const month = parse(monthParam, url.searchParams.get('month') ?? today.slice(0, 7));
    const rooms = await ctx.db.window.findMany({
      where: { officeId, active: true },
      orderBy: { number: 'asc' },
      select: { id: true, number: true, kind: true }
    });
    // Staff accounts an official can be linked to (their own room console).
    const accounts = await ctx.db.user.findMany({
      where: { officeId, role: 'official', active: true, official: null },
      select: { id: true, fullName: true }
    });
    return {
      view: await monthView(ctx, reader, month),
      rooms,
      accounts,
      today,
      officeCode: office.code,
      role: reader.user.role
    };
  });
