import type { RequestHandler } from './$types';
import { auditEntries } from '$server/auth/audit';
import { AUDIT_ROLES } from '$server/auth/roles';
import { requireRole } from '$server/auth/sessions';
import { answer } from '$server/app';
import { parse, queryOf } from '$server/http/respond';
import { auditQuery } from '$server/auth/schemas';

/** The audit log of the caller's offices (head, administrator); read-only by design. */
export const GET: RequestHandler = (event) =>
  answer(event, async (ctx) => {
    const user = requireRole(event.locals.user, AUDIT_ROLES);
    const q = parse(auditQuery, queryOf(event.url));
    return {
      entries: await auditEntries(ctx.db, {
        ...q,
        officeIds: user.officeIds,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined
      })
    };
  });
