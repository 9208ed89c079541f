import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { isoDate } from '$server/shared/schemas';
import { surveySummary } from '$server/survey';

const query = z.object({ from: isoDate.optional(), to: isoDate.optional() });

/** Visitors' ratings for the head, appeals staff and administrators: this month unless a period is asked. */
export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const summary = await surveySummary(await appCtx(), locals.user, parse(query, queryOf(url)));
    return { from: summary.from, to: summary.to, summary };
  });
