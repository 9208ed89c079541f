import type { z } from 'zod';
import { assertInScope, inScope, officeFilter, type Scoped } from '../auth/scope';
import { audit, auditChanges } from '../auth/audit';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import type { deviceBody, pairBody } from './schemas';
import { deviceHealth, normaliseCode, silentBefore, type DeviceHealth } from './rules/devices';

/** The administrator's side of paired screens (the screen's side is screens.ts). */

type Ctxish = Pick<Ctx, 'db' | 'now'>;
type Admin = Scoped & { id: number };

export interface DeviceRow {
  id: number;
  officeId: number;
  kind: string;
  nameKk: string;
  nameRu: string;
  kioskId: number | null;
  pairedAt: string | null;
  lastSeenAt: string | null;
  version: string;
  health: DeviceHealth['state'];
  /** A kiosk's printer as its last print left it (server/printing). */
  printer: { kind: string; status: string; error: string | null; checkedAt: string | null } | null;
}

/** Every paired screen of the user's offices, and how many are showing a code right now. */
export async function listDevices(ctx: Ctxish, user: Scoped): Promise<{ devices: DeviceRow[]; pending: number }> {
  const now = ctx.now();
  const [rows, pending] = await Promise.all([
    ctx.db.device.findMany({
      where: { ...officeFilter(user), state: 'PAIRED' },
      orderBy: [{ officeId: 'asc' }, { kind: 'asc' }, { id: 'asc' }],
      include: { kiosk: true }
    }),
    ctx.db.device.count({ where: { ...officeFilter(user), state: 'PENDING', codeExpiresAt: { gt: now } } })
  ]);
  const devices = rows.map((d) => ({
    id: d.id,
    officeId: d.officeId,
    kind: d.kind,
    nameKk: d.nameKk,
    nameRu: d.nameRu,
    kioskId: d.kioskId,
    pairedAt: d.pairedAt?.toISOString() ?? null,
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    version: d.version,
    health: deviceHealth(d.lastSeenAt, now).state,
    printer:
      d.kiosk && d.kiosk.printerKind !== 'NONE'
        ? {
            kind: d.kiosk.printerKind,
            status: d.kiosk.printerStatus,
            error: d.kiosk.printerError,
            checkedAt: d.kiosk.printerCheckedAt?.toISOString() ?? null
          }
        : null
  }));
  return { devices, pending };
}

export interface SilentDevice {
  id: number;
  kind: string;
  nameKk: string;
  nameRu: string;
  since: string;
}

/** Paired screens of the user's offices that stopped reporting (the staff console's alert). */
export async function silentDevices(ctx: Ctxish, user: Scoped): Promise<SilentDevice[]> {
  const rows = await ctx.db.device.findMany({
    where: { ...officeFilter(user), state: 'PAIRED', lastSeenAt: { lt: silentBefore(ctx.now()) } },
    orderBy: { lastSeenAt: 'asc' },
    select: { id: true, kind: true, nameKk: true, nameRu: true, lastSeenAt: true }
  });
  return rows.map((d) => ({
    id: d.id,
    kind: d.kind,
    nameKk: d.nameKk,
    nameRu: d.nameRu,
    since: d.lastSeenAt!.toISOString()
  }));
}

/** A kiosk record (its printer) for a kiosk screen of this office; boards have none. */
async function printerFor(ctx: Ctxish, officeId: number, kind: string, kioskId: number | null): Promise<number | null> {
  if (kioskId === null || kind !== 'KIOSK') return null;
  const kiosk = await ctx.db.kiosk.findFirst({ where: { id: kioskId, officeId }, select: { id: true } });
  if (!kiosk) throw new DomainError('unknown_kiosk');
  return kiosk.id;
}

/** The administrator types the code the screen shows; the screen starts working at its next report. */
export async function pairDevice(ctx: Ctxish, admin: Admin, input: z.infer<typeof pairBody>) {
  const code = normaliseCode(input.code);
  const now = ctx.now();
  const device = code ? await ctx.db.device.findUnique({ where: { pairingCode: code } }) : null;
  if (
    !device ||
    device.state !== 'PENDING' ||
    !device.codeExpiresAt ||
    device.codeExpiresAt <= now ||
    !inScope(admin, device.officeId)
  )
    throw new DomainError('unknown_pairing_code');
  const kioskId = await printerFor(ctx, device.officeId, device.kind, input.kioskId);
  const data = {
    state: 'PAIRED',
    pairingCode: null,
    codeExpiresAt: null,
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    kioskId,
    pairedAt: now,
    pairedById: admin.id,
    lastSeenAt: now
  };
  await ctx.db.$transaction(async (tx) => {
    // Only while still pending: two administrators typing the same code pair it once.
    const { count } = await tx.device.updateMany({ where: { id: device.id, state: 'PENDING' }, data });
    if (count !== 1) throw new DomainError('unknown_pairing_code');
    await audit({ db: tx, now: ctx.now }, admin, device.officeId, 'admin.device.pair', 'Device', device.id, {
      kind: device.kind,
      nameKk: input.nameKk,
      nameRu: input.nameRu,
      kioskId
    });
  });
  return { id: device.id, kind: device.kind, officeId: device.officeId };
}

async function mineOrRefuse(ctx: Ctxish, admin: Admin, id: number) {
  const device = await ctx.db.device.findUnique({ where: { id } });
  if (!device || device.state !== 'PAIRED' || !inScope(admin, device.officeId)) throw new DomainError('unknown_device');
  return device;
}

export async function updateDevice(ctx: Ctxish, admin: Admin, id: number, input: z.infer<typeof deviceBody>) {
  const before = await mineOrRefuse(ctx, admin, id);
  const kioskId = await printerFor(ctx, before.officeId, before.kind, input.kioskId);
  const changes = auditChanges(
    { nameKk: before.nameKk, nameRu: before.nameRu, kioskId: before.kioskId },
    { nameKk: input.nameKk, nameRu: input.nameRu, kioskId }
  );
  await ctx.db.$transaction(async (tx) => {
    await tx.device.update({ where: { id }, data: { nameKk: input.nameKk, nameRu: input.nameRu, kioskId } });
    await audit({ db: tx, now: ctx.now }, admin, before.officeId, 'admin.device.update', 'Device', id, { changes });
  });
  return { id };
}

/** The screen's token stops working at once; the screen shows a new code at its next report. */
export async function unpairDevice(ctx: Ctxish, admin: Admin, id: number) {
  const device = await mineOrRefuse(ctx, admin, id);
  await ctx.db.$transaction(async (tx) => {
    await tx.device.update({ where: { id }, data: { state: 'UNPAIRED' } });
    await audit({ db: tx, now: ctx.now }, admin, device.officeId, 'admin.device.unpair', 'Device', id, {
      kind: device.kind,
      nameKk: device.nameKk,
      nameRu: device.nameRu
    });
  });
  return { id };
}

/**
 * Clears the codes screens of the administrator's offices are showing (issue 22): places held by
 * strangers are freed; a real screen still waiting asks again on its next report and shows a new code.
 */
export async function clearPending(ctx: Ctxish, admin: Admin, officeId: number) {
  assertInScope(admin, officeId, 'unknown_office');
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.device.deleteMany({ where: { officeId, state: 'PENDING' } });
    if (count)
      await audit({ db: tx, now: ctx.now }, admin, officeId, 'admin.device.clear_pending', 'Device', null, { count });
    return { cleared: count };
  });
}

/** The administrator's devices screen: the screens, and the offices and kiosk records to pair them with. */
export async function devicesPage(ctx: Ctxish, admin: Scoped) {
  const [list, offices, kiosks] = await Promise.all([
    listDevices(ctx, admin),
    ctx.db.office.findMany({
      where: { id: officeFilter(admin).officeId },
      orderBy: { id: 'asc' },
      select: { id: true, nameKk: true, nameRu: true, timeZone: true }
    }),
    ctx.db.kiosk.findMany({
      where: { ...officeFilter(admin), active: true },
      orderBy: { id: 'asc' },
      select: { id: true, officeId: true, nameKk: true, nameRu: true, printerKind: true }
    })
  ]);
  return { ...list, offices, kiosks };
}
