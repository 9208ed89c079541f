import type { RequestHandler } from './$types';
import { auditEntries } from '$server/auth/audit';
import { AUDIT_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { appCtx } from '$server/app';
import { api, parse, queryOf } from '$server/http/respond';
import { auditQuery } from '$server/auth/schemas';

/** The audit log of the caller's offices (head, administrator); read-only by design. */
export const GET: RequestHandler = (event) =>
  api(event, async () => {
    const user = requireRole(event.locals.user, AUDIT_ROLES);
    const q = parse(auditQuery, queryOf(event.url));
    return {
      entries: await auditEntries((await appCtx()).db, {
        ...q,
        officeIds: user.officeIds,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined
      })
    };
  });
