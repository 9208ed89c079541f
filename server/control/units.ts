import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { audit } from '../auth/audit';
import { workOffice, worksFor } from '../auth/scope';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';

/** Structural units and bodies that execute (SPEC 3.1): data the appeals department and administrators keep. */

export async function listUnits(db: Db, officeId: number) {
  const units = await db.unit.findMany({
    where: { officeId },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    include: { staff: { where: { active: true }, select: { id: true, fullName: true } } }
  });
  return units;
}

export interface UnitInput {
  kind: string;
  nameKk: string;
  nameRu: string;
  headName: string;
  headUserId: number | null;
  actingUserId: number | null;
  active: boolean;
  sortOrder: number;
  language?: string;
}

export async function saveUnit(ctx: Ctx, u: SessionUser | null, id: number | null, body: UnitInput) {
  const { language: _language, ...input } = body;
  const user = requireRole(u, ['appeals', 'head', 'admin']);
  const officeId = workOffice(user);
  return ctx.db.$transaction(async (tx) => {
    for (const uid of [input.headUserId, input.actingUserId])
      if (
        uid !== null &&
        !(await tx.user.findFirst({ where: { id: uid, role: 'executor', ...(id ? { unitId: id } : { id: -1 }) } }))
      )
        throw new DomainError('unknown_user');
    if (id === null) {
      const created = await tx.unit.create({ data: { ...input, officeId } });
      await audit({ db: tx, now: ctx.now }, user, officeId, 'unit.create', 'Unit', created.id, { after: input });
      return created;
    }
    const before = await tx.unit.findFirst({ where: { id, officeId: { in: user.officeIds } } });
    if (!before) throw new DomainError('unknown_unit');
    const after = await tx.unit.update({ where: { id }, data: input });
    await audit({ db: tx, now: ctx.now }, user, before.officeId, 'unit.update', 'Unit', id, { before, after: input });
    return after;
  }, TX_OPTIONS);
}

/** Who may control execution (000 ¶91): active appeals staff and heads of the office. */
const controllers = (officeId: number) => ({ active: true, role: { in: ['appeals', 'head'] }, ...worksFor(officeId) });

export function controllersOf(db: Db, officeId: number) {
  return db.user.findMany({
    where: controllers(officeId),
    select: { id: true, fullName: true },
    orderBy: { fullName: 'asc' }
  });
}

export async function assertController(db: Db | Tx, officeId: number, userId: number): Promise<void> {
  if (!(await db.user.findFirst({ where: { id: userId, ...controllers(officeId) } })))
    throw new DomainError('unknown_user');
}
