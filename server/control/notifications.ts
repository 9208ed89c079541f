import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { ROLES } from '../auth/roles';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';

/** The bell (SPEC 3.3): a person's notifications, newest first, read and unread. */

export async function unreadCount(ctx: Ctx, user: SessionUser): Promise<number> {
  return ctx.db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications(ctx: Ctx, u: SessionUser | null, unreadOnly = false) {
  const user = requireRole(u, ROLES);
  const [items, unread] = await Promise.all([
    ctx.db.notification.findMany({
      where: { userId: user.id, ...(unreadOnly ? { readAt: null } : {}) },
      orderBy: { id: 'desc' },
      take: 100
    }),
    unreadCount(ctx, user)
  ]);
  return {
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      entity: n.entity,
      entityId: n.entityId,
      params: JSON.parse(n.params) as Record<string, string>,
      createdAt: n.createdAt,
      read: n.readAt !== null
    }))
  };
}

/** Marks one notification (or, with id null, all of them) read or unread. */
export async function markNotifications(ctx: Ctx, u: SessionUser | null, id: number | null, read: boolean) {
  const user = requireRole(u, ROLES);
  const res = await ctx.db.notification.updateMany({
    where: { userId: user.id, ...(id !== null ? { id } : { readAt: null }) },
    data: { readAt: read ? ctx.now() : null }
  });
  if (id !== null && res.count === 0) throw new DomainError('unknown_notification');
  return { updated: res.count, unread: await unreadCount(ctx, user) };
}
