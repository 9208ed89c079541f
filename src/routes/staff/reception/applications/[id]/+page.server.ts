import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { idParam, orErrorPage } from '$server/http/respond';
import { officeToday } from '$server/calendar/rules/deadlines';
import { localClock } from '$server/shared/time';
import { receptionReader } from '$server/reception/access';
import { applicationCard } from '$server/reception/applications';
import { bookableSessions } from '$server/reception/schedule';

/** The applicant card (its view is logged) with what can be done next. */
export const load: PageServerLoad = ({ locals, params }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const reader = await receptionReader(ctx.db, locals.user);
    const card = await applicationCard(ctx, reader, idParam(params.id, 'unknown_application'));
    const office = await ctx.db.office.findUniqueOrThrow({ where: { id: card.officeId }, select: { timeZone: true } });
    const today = officeToday(ctx.now(), office.timeZone).toString();
    const clock = localClock(ctx.now(), office.timeZone);
    const sessions = card.actions.some((a) => a === 'schedule' || a === 'reschedule')
      ? await bookableSessions(ctx.db, card.officeId, today, clock)
      : [];
    return { card, sessions, today };
  });
