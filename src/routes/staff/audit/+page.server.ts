import type { PageServerLoad } from './$types';
import { auditEntries } from '$server/auth/audit';
import { AUDIT_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { appCtx } from '$server/app';
import { orErrorPage, parse, queryOf } from '$server/http/respond';
import { auditQuery } from '$server/auth/schemas';

export const load: PageServerLoad = ({ locals, url }) =>
  orErrorPage(async () => {
    const user = requireRole(locals.user, AUDIT_ROLES);
    const { lang: _l, ...q } = parse(auditQuery, queryOf(url));
    const entries = await auditEntries((await appCtx()).db, {
      ...q,
      officeIds: user.officeIds,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined
    });
    return { entries, filter: q };
  });
