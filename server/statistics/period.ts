import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { requireRole, type SessionUser } from '../auth/sessions';
import type { Role } from '../auth/roles';
import { workOffice } from '../auth/scope';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import { isoDate } from '../shared/schemas';
import { localDay } from '../shared/time';

/** Every statistics view's period: office days, the longest a year and a day (a leap year). */
export const periodQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The page's language in its address (?lang=ru), as every staff page accepts it. */
  lang: z.enum(['kk', 'ru']).optional()
});

const MAX_DAYS = 367;

export interface Named {
  id: number;
  nameKk: string;
  nameRu: string;
}

export interface Period {
  office: Named & { timeZone: string };
  from: string;
  to: string;
  /** Today in the office's zone: quick periods end on it. */
  today: string;
}

/**
 * The reader's office and the period a view asks for (by default the `days` ending today), or a
 * 400 when it is reversed or longer than a year; a 403 for a role the view is not for.
 */
export async function periodOf(
  ctx: Ctx,
  u: SessionUser | null,
  roles: readonly Role[],
  q: { from?: string; to?: string },
  days = 30
): Promise<Period & { user: SessionUser }> {
  const user = requireRole(u, roles);
  const office = await ctx.db.office.findUniqueOrThrow({
    where: { id: workOffice(user) },
    select: { id: true, timeZone: true, nameKk: true, nameRu: true }
  });
  const today = localDay(ctx.now(), office.timeZone);
  const to = q.to ?? today;
  const from =
    q.from ??
    Temporal.PlainDate.from(to)
      .subtract({ days: days - 1 })
      .toString();
  if (from > to) throw new DomainError('bad_request', { detail: 'from' });
  if (Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to)).days >= MAX_DAYS)
    throw new DomainError('bad_request', { detail: 'to' });
  return { user, office, from, to, today };
}
