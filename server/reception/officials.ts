import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { OFFICIAL_ADMIN_ROLES } from '../auth/roles';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { audit } from '../auth/audit';
import { workOffice } from './access';

/** The officials who receive citizens (003 ¶7): who they are, their room, their console account. */

export interface OfficialInput {
  fullName: string;
  positionKk: string;
  positionRu: string;
  userId: number | null;
  roomId: number | null;
  active: boolean;
  sortOrder: number;
  /** 003 ¶3: receives visitors on the day they come. */
  sameDay: boolean;
}

/** An official as the pages see it: the input's fields and the id, nothing else of the row. */
const officialView = (o: OfficialInput & { id: number }) => ({
  id: o.id,
  fullName: o.fullName,
  positionKk: o.positionKk,
  positionRu: o.positionRu,
  userId: o.userId,
  roomId: o.roomId,
  active: o.active,
  sortOrder: o.sortOrder,
  sameDay: o.sameDay
});

export async function listOfficials(db: Db, officeId: number) {
  const rows = await db.official.findMany({ where: { officeId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map(officialView);
}

/** Staff accounts of the office's officials not yet linked to one (their own room console). */
export function linkableAccounts(db: Db, officeId: number) {
  return db.user.findMany({
    where: { officeId, role: 'official', active: true, official: null },
    select: { id: true, fullName: true }
  });
}

/** The room must be one of the office's rooms; the account one of its staff. */
export async function checkPlace(db: Db | Tx, officeId: number, roomId: number | null, userId?: number | null) {
  if (roomId !== null && !(await db.window.findFirst({ where: { id: roomId, officeId, active: true } })))
    throw new DomainError('unknown_window');
  if (userId != null && !(await db.user.findFirst({ where: { id: userId, officeId, active: true } })))
    throw new DomainError('unknown_user');
}

export async function saveOfficial(ctx: Ctx, user: SessionUser, id: number | null, input: OfficialInput) {
  requireRole(user, OFFICIAL_ADMIN_ROLES);
  const officeId = workOffice(user);
  try {
    return await ctx.db.$transaction(async (tx) => {
      await checkPlace(tx, officeId, input.roomId, input.userId);
      if (id !== null && !(await tx.official.findFirst({ where: { id, officeId } })))
        throw new DomainError('unknown_official');
      const row =
        id === null
          ? await tx.official.create({ data: { ...input, officeId } })
          : await tx.official.update({ where: { id }, data: input });
      const action = id === null ? 'official.create' : 'official.update';
      await audit({ db: tx, now: ctx.now }, user, officeId, action, 'Official', row.id);
      return officialView(row);
    }, TX_OPTIONS);
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('conflict');
    throw err;
  }
}
