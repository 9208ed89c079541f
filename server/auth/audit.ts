import type { Db, Tx } from '../db/client';
import { maskUrlPassword } from '../shared/secrets';

/**
 * The audit log: who did or saw what, and when. Staff access to personal data is written
 * here (SPEC 4.3), never its content: the detail carries ids, counts and field names only.
 * Nothing in the product edits or deletes these rows.
 */
export async function audit(
  ctx: { db: Db | Tx; now: () => Date },
  user: { id: number } | null,
  officeId: number | null,
  action: string,
  entity: string,
  entityId: number | string | null,
  detail?: Record<string, unknown>
): Promise<void> {
  await ctx.db.auditLog.create({
    data: {
      at: ctx.now(),
      userId: user?.id ?? null,
      officeId,
      action,
      entity,
      entityId: entityId === null ? null : String(entityId),
      detail: detail ? JSON.stringify(detail) : null
    }
  });
}

/**
 * Field → [before, after] for what an admin change changed (bookkeeping columns left out); a password
 * shows only that it changed, an SMTP address without its password.
 */
export function auditChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    if (['eventSeq', 'createdAt', 'updatedAt', 'printerStatus', 'printerError', 'printerCheckedAt'].includes(key))
      continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    // Secrets are never written to the log: a password only as changed, SMTP without its password.
    out[key] =
      key === 'passwordHash' ? ['•', 'changed'] : key === 'smtpUrl' ? [maskUrlPassword(a), maskUrlPassword(b)] : [a, b];
  }
  return out;
}

export interface AuditQuery {
  officeIds: number[];
  action?: string;
  entity?: string;
  entityId?: string;
  userId?: number;
  from?: Date;
  to?: Date;
  limit?: number;
}

/** The log for the head and the administrator, newest first, with who acted. */
export async function auditEntries(db: Db, q: AuditQuery) {
  const rows = await db.auditLog.findMany({
    where: {
      officeId: { in: q.officeIds },
      ...(q.action ? { action: { startsWith: q.action } } : {}),
      ...(q.entity ? { entity: q.entity } : {}),
      ...(q.entityId ? { entityId: q.entityId } : {}),
      ...(q.userId ? { userId: q.userId } : {}),
      ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {})
    },
    orderBy: { id: 'desc' },
    take: Math.min(q.limit ?? 200, 1000)
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.userId).filter((x): x is number => x !== null))] } },
    select: { id: true, fullName: true, login: true }
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    user: r.userId ? (byId.get(r.userId) ?? null) : null,
    detail: r.detail ? JSON.parse(r.detail) : null
  }));
}
