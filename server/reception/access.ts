import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { RECEPTION_ROLES } from '../auth/roles';
import type { Db, Tx } from '../db/client';

/** A reception reader: appeals and head see the office's register; an official only their own. */
export interface ReceptionReader {
  user: SessionUser;
  /** Set for an official: the Official row they receive as (null if none is linked). */
  ownOfficialId: number | null;
  seesAll: boolean;
}

export async function receptionReader(db: Db | Tx, user: SessionUser | null): Promise<ReceptionReader> {
  const u = requireRole(user, RECEPTION_ROLES);
  if (u.role !== 'official') return { user: u, ownOfficialId: null, seesAll: true };
  const own = await db.official.findUnique({ where: { userId: u.id }, select: { id: true } });
  return { user: u, ownOfficialId: own?.id ?? null, seesAll: false };
}

/** An official sees applications booked with them or asking for them; others of their office see all. */
export function canSee(
  reader: ReceptionReader,
  app: { officeId: number; requestedOfficialId: number | null; session?: { officialId: number } | null }
): boolean {
  if (!reader.user.officeIds.includes(app.officeId)) return false;
  if (reader.seesAll) return true;
  return (
    reader.ownOfficialId !== null &&
    (app.requestedOfficialId === reader.ownOfficialId || app.session?.officialId === reader.ownOfficialId)
  );
}

export { workOffice } from '../auth/scope';
