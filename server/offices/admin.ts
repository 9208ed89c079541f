import type { z } from 'zod';
import { inScope, officeFilter, type Scoped } from '../auth/scope';
import type { Db, Tx } from '../db/client';
import { TX_OPTIONS } from '../db/client';
import { DomainError } from '../shared/errors';
import { hashPassword } from '../auth/passwords';
import type { kioskBody, officeBody, serviceBody, userBody, windowBody } from './schemas';
import { parseTarget } from '../printing';
import { maskUrlPassword, restoreUrlPassword } from '../shared/secrets';
import { prefixesLookAlike } from './rules/prefixes';
import { dropOfficeConfig } from './config';
import { isUniqueViolation } from '../db/errors';
import { audit, auditChanges } from '../auth/audit';

type Model = 'office' | 'service' | 'window' | 'user' | 'kiosk';
type Admin = Scoped & { id: number };
type Context = { db: Db; now: () => Date };

/**
 * One administrator's save: the write, its authorization checks and its audit row (before → after)
 * in one transaction; a unique constraint already taken (code, prefix, window number, login) is a
 * 409, not a 500; the save drops the cached office configuration (server/offices/config.ts).
 */
async function audited(
  ctx: Context,
  admin: Admin,
  model: Model,
  id: number | null,
  write: (tx: Tx) => Promise<{ id: number }>
): Promise<{ id: number }> {
  try {
    const saved = await ctx.db.$transaction(async (tx) => {
      const before = id === null ? null : await snapshot(tx, model, id);
      const out = await write(tx);
      const after = await snapshot(tx, model, out.id);
      const officeId = model === 'office' ? out.id : ((after?.officeId as number | null | undefined) ?? null);
      await audit(
        { db: tx, now: ctx.now },
        admin,
        officeId,
        `admin.${model}.${id === null ? 'create' : 'update'}`,
        model,
        out.id,
        {
          changes: auditChanges(before, after)
        }
      );
      return out;
    }, TX_OPTIONS);
    dropOfficeConfig(ctx.db);
    return saved;
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('conflict');
    if ((err as { code?: string }).code === 'P2025') throw new DomainError('bad_request', { detail: 'id' });
    throw err;
  }
}

function snapshot(tx: Tx, model: Model, id: number): Promise<Record<string, unknown> | null> {
  return (tx[model] as unknown as { findUnique(a: object): Promise<Record<string, unknown> | null> }).findUnique({
    where: { id }
  });
}

/** The administrator's offices and everything in them; other offices do not exist for them. */
export async function adminData(db: Db, admin: Scoped) {
  const mine = officeFilter(admin);
  const [offices, services, windows, users, kiosks, units] = await Promise.all([
    db.office.findMany({ where: { id: mine.officeId }, orderBy: { id: 'asc' } }),
    db.service.findMany({ where: mine, orderBy: [{ officeId: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }] }),
    db.window.findMany({ where: mine, orderBy: [{ officeId: 'asc' }, { number: 'asc' }], include: { services: true } }),
    db.user.findMany({
      where: mine,
      orderBy: { id: 'asc' },
      select: {
        id: true,
        login: true,
        fullName: true,
        role: true,
        officeId: true,
        unitId: true,
        email: true,
        locale: true,
        active: true
      }
    }),
    db.kiosk.findMany({
      where: mine,
      orderBy: { id: 'asc' },
      select: {
        id: true,
        officeId: true,
        code: true,
        nameKk: true,
        nameRu: true,
        printerKind: true,
        printerAddress: true,
        paperWidth: true,
        printMode: true,
        printTimeoutMs: true,
        active: true
      }
    }),
    // For the user form: the units an executor may belong to (edited on the control screens).
    db.unit.findMany({
      where: mine,
      orderBy: [{ officeId: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
      select: { id: true, officeId: true, nameKk: true, nameRu: true }
    })
  ]);
  return {
    offices: offices.map(({ eventSeq: _seq, createdAt: _c, ...o }) => ({ ...o, smtpUrl: maskUrlPassword(o.smtpUrl) })),
    services,
    windows: windows.map(({ services: ws, userId: _u, ...w }) => ({ ...w, serviceIds: ws.map((s) => s.serviceId) })),
    users,
    kiosks,
    units
  };
}

type Owned = 'service' | 'window' | 'kiosk' | 'user';

/**
 * An edit stays inside the administrator's offices: the record edited (if any) and the office
 * it is put in must both be theirs, so nothing is moved into or out of another office.
 */
async function assertOwned(db: Tx, admin: Scoped, model: Owned, id: number | null, officeId: number | null) {
  if (officeId === null || !inScope(admin, officeId)) throw new DomainError('unknown_office');
  if (id === null) return;
  const row = await (
    db[model] as unknown as { findUnique(a: object): Promise<{ officeId: number | null } | null> }
  ).findUnique({
    where: { id },
    select: { officeId: true }
  });
  if (!row || row.officeId === null || !inScope(admin, row.officeId))
    throw new DomainError('bad_request', { detail: 'id' });
}

export function saveKiosk(ctx: Context, admin: Admin, id: number | null, data: z.infer<typeof kioskBody>) {
  return audited(ctx, admin, 'kiosk', id, async (db) => {
    await assertOwned(db, admin, 'kiosk', id, data.officeId);
    if (data.printerKind !== 'NONE' && !parseTarget(data.printerKind, data.printerAddress))
      throw new DomainError('bad_request', { detail: 'printerAddress' });
    return id ? db.kiosk.update({ where: { id }, data }) : db.kiosk.create({ data });
  });
}

/** A new office counts the administrator who created it among its members. */
export function saveOffice(ctx: Context, admin: Admin, id: number | null, data: z.infer<typeof officeBody>) {
  return audited(ctx, admin, 'office', id, async (db) => {
    if (id !== null) {
      if (!inScope(admin, id)) throw new DomainError('unknown_office');
      if (data.smtpUrl) {
        const stored = await db.office.findUnique({ where: { id }, select: { smtpUrl: true } });
        data = { ...data, smtpUrl: restoreUrlPassword(data.smtpUrl, stored?.smtpUrl ?? null) };
      }
      return db.office.update({ where: { id }, data });
    }
    return db.office.create({ data: { ...data, members: { create: { userId: admin.id } } } });
  });
}

export function saveService(ctx: Context, admin: Admin, id: number | null, data: z.infer<typeof serviceBody>) {
  return audited(ctx, admin, 'service', id, async (db) => {
    await assertOwned(db, admin, 'service', id, data.officeId);
    const others = await db.service.findMany({
      where: { officeId: data.officeId, ...(id ? { id: { not: id } } : {}) },
      select: { prefix: true }
    });
    const twin = others.find((o) => prefixesLookAlike(o.prefix, data.prefix));
    if (twin) throw new DomainError('prefix_lookalike', { other: twin.prefix });
    return id ? db.service.update({ where: { id }, data }) : db.service.create({ data });
  });
}

export function saveWindow(ctx: Context, admin: Admin, id: number | null, input: z.infer<typeof windowBody>) {
  const { serviceIds, ...data } = input;
  return audited(ctx, admin, 'window', id, async (tx) => {
    await assertOwned(tx, admin, 'window', id, data.officeId);
    const found = await tx.service.count({ where: { id: { in: serviceIds }, officeId: data.officeId } });
    if (found !== new Set(serviceIds).size) throw new DomainError('unknown_service');
    const w = id ? await tx.window.update({ where: { id }, data }) : await tx.window.create({ data });
    await tx.windowService.deleteMany({ where: { windowId: w.id } });
    for (const serviceId of new Set(serviceIds)) await tx.windowService.create({ data: { windowId: w.id, serviceId } });
    return w;
  });
}

export async function saveUser(ctx: Context, admin: Admin, id: number | null, input: z.infer<typeof userBody>) {
  const { password, ...data } = input;
  // Hashed before the transaction: it takes tens of milliseconds, and SQLite has one writer.
  const passwordHash = password ? await hashPassword(password) : undefined;
  return audited(ctx, admin, 'user', id, async (db) => {
    await assertOwned(db, admin, 'user', id, data.officeId);
    if (!id && !password) throw new DomainError('bad_request', { detail: 'password' }, 'a new user needs a password');
    // An executor's unit must be one of the user's own office.
    if (data.unitId && !(await db.unit.findFirst({ where: { id: data.unitId, officeId: data.officeId ?? -1 } })))
      throw new DomainError('unknown_unit');
    const user = id
      ? await db.user.update({ where: { id }, data: { ...data, ...(passwordHash ? { passwordHash } : {}) } })
      : await db.user.create({ data: { ...data, passwordHash: passwordHash! } });
    // A deactivated user or a changed password ends the user's sessions.
    if (id && (passwordHash || !data.active)) await db.session.deleteMany({ where: { userId: id } });
    return { id: user.id, login: user.login };
  });
}
