import type { PageServerLoad } from './$types';
import { appCtx } from '$server/app';
import { orErrorPage, parse } from '$server/http/respond';
import { isoDate } from '$server/shared/schemas';
import { surveySummary } from '$server/survey';

/** Visitors' ratings for the head, appeals staff and administrators: this month unless a period is asked. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const ctx = await appCtx();
    const today = ctx.now().toISOString().slice(0, 10);
    const from = url.searchParams.get('from')
      ? parse(isoDate, url.searchParams.get('from'))
      : `${today.slice(0, 7)}-01`;
    const to = url.searchParams.get('to') ? parse(isoDate, url.searchParams.get('to')) : today;
    const end = new Date(`${to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return { from, to, summary: await surveySummary(ctx, locals.user, new Date(`${from}T00:00:00Z`), end) };
  });
