import { randomBytes } from 'node:crypto';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import { newToken, tokenDigest } from '../shared/tokens';
import { isUniqueViolation } from '../db/errors';
import { officeConfig } from '../offices';
import { checkKioskPrinter } from '../printing';
import {
  CODE_TTL_MS,
  MAX_PENDING_PER_OFFICE,
  NEW_SCREENS_PER_ADDRESS,
  PENDING_KEPT_MS,
  pairingCode,
  type DeviceKind
} from './rules/devices';
import { keyedLimiter } from '../realtime/rules/rate';

/**
 * The screen's side of pairing (server/devices/rules/devices.ts): a kiosk or board asks for a
 * one-time code, shows it, reports every HEARTBEAT_MS; the administrator's side is console.ts.
 */

type Ctxish = Pick<Ctx, 'db' | 'now'>;

/** What a screen is told about itself. Nothing here is secret but the token, which only travels in its cookie. */
export type ScreenState =
  | { state: 'PAIRED'; officeCode: string; nameKk: string; nameRu: string }
  | { state: 'PENDING'; officeCode: string; code: string; expiresAt: string }
  | { state: 'UNPAIRED' };

/** The screen of this kind its cookie's token names: one indexed read (a paired kiosk's every ticket passes here). */
async function byToken(ctx: Ctxish, kind: DeviceKind, token: string | undefined) {
  if (!token || token.length > 100) return null;
  const row = await ctx.db.device.findUnique({ where: { tokenHash: tokenDigest(token) } });
  return row && row.kind === kind ? row : null;
}

/** New screens one address may still ask codes for (per process, like the check-in lookups). */
const newScreenAllowed = keyedLimiter(NEW_SCREENS_PER_ADDRESS);

async function freshCode(
  ctx: Ctxish,
  write: (code: string, expiresAt: Date) => Promise<unknown>
): Promise<{ code: string; expiresAt: Date }> {
  // Six digits and a unique index: a collision among the few codes alive at once is rare; try again.
  for (let attempt = 0; ; attempt++) {
    const code = pairingCode(randomBytes(4));
    const expiresAt = new Date(ctx.now().getTime() + CODE_TTL_MS);
    try {
      await write(code, expiresAt);
      return { code, expiresAt };
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 5) throw err;
    }
  }
}

/**
 * A screen asks to be paired. It keeps its code while the code is valid (a reload shows the same
 * one); an expired code is replaced; a screen already paired is told so. `token` is the one its
 * cookie holds; the answer's token is the one to keep (new for a screen the server does not know).
 */
export async function requestPairing(
  ctx: Ctxish,
  officeCode: string,
  kind: DeviceKind,
  token: string | undefined,
  userAgent: string,
  address: string
): Promise<{ token: string; screen: ScreenState }> {
  const { office } = await officeConfig(ctx.db, officeCode);
  const now = ctx.now();
  const mine = await byToken(ctx, kind, token);
  if (mine && mine.officeId === office.id && mine.state === 'PAIRED')
    return { token: token!, screen: { state: 'PAIRED', officeCode, nameKk: mine.nameKk, nameRu: mine.nameRu } };
  if (mine && mine.officeId === office.id && mine.state === 'PENDING') {
    if (mine.pairingCode && mine.codeExpiresAt && mine.codeExpiresAt > now)
      return {
        token: token!,
        screen: { state: 'PENDING', officeCode, code: mine.pairingCode, expiresAt: mine.codeExpiresAt.toISOString() }
      };
    const { code, expiresAt } = await freshCode(ctx, (pairingCode, codeExpiresAt) =>
      ctx.db.device.update({ where: { id: mine.id }, data: { pairingCode, codeExpiresAt } })
    );
    return { token: token!, screen: { state: 'PENDING', officeCode, code, expiresAt: expiresAt.toISOString() } };
  }
  // A new screen (or one unpaired, or moved to another office): a new token and row.
  await ctx.db.device.deleteMany({
    where: { state: 'PENDING', createdAt: { lt: new Date(now.getTime() - PENDING_KEPT_MS) } }
  });
  // Only codes still alive hold a place; an expired one waits for its screen to ask again.
  const waiting = await ctx.db.device.count({
    where: { officeId: office.id, state: 'PENDING', codeExpiresAt: { gt: now } }
  });
  if (waiting >= MAX_PENDING_PER_OFFICE || !newScreenAllowed(ctx.db, address, now.getTime()))
    throw new DomainError('pairing_busy');
  const fresh = newToken();
  const { code, expiresAt } = await freshCode(ctx, (pairingCode, codeExpiresAt) =>
    ctx.db.device.create({
      data: {
        officeId: office.id,
        kind,
        tokenHash: tokenDigest(fresh),
        pairingCode,
        codeExpiresAt,
        createdAt: now,
        userAgent: userAgent.slice(0, 300)
      }
    })
  );
  return { token: fresh, screen: { state: 'PENDING', officeCode, code, expiresAt: expiresAt.toISOString() } };
}

export async function screenState(ctx: Ctxish, kind: DeviceKind, token: string | undefined): Promise<ScreenState> {
  const row = await byToken(ctx, kind, token);
  if (!row || row.state === 'UNPAIRED') return { state: 'UNPAIRED' };
  const pending = row.state === 'PENDING';
  if (pending && !(row.pairingCode && row.codeExpiresAt && row.codeExpiresAt > ctx.now())) return { state: 'UNPAIRED' };
  const { code: officeCode } = await ctx.db.office.findUniqueOrThrow({
    where: { id: row.officeId },
    select: { code: true }
  });
  return pending
    ? { state: 'PENDING', officeCode, code: row.pairingCode!, expiresAt: row.codeExpiresAt!.toISOString() }
    : { state: 'PAIRED', officeCode, nameKk: row.nameKk, nameRu: row.nameRu };
}

/** A running screen reports: it is alive, and which version of the app it runs. */
export async function heartbeat(
  ctx: Ctxish,
  kind: DeviceKind,
  token: string | undefined,
  version: string
): Promise<ScreenState> {
  const screen = await screenState(ctx, kind, token);
  if (screen.state !== 'PAIRED') return screen;
  const { kioskId } = await ctx.db.device.update({
    where: { tokenHash: tokenDigest(token!) },
    data: { lastSeenAt: ctx.now(), version: version.slice(0, 60) },
    select: { kioskId: true }
  });
  // A kiosk's report also has its printer asked how it is (at most once a minute), not waited for.
  if (kioskId !== null) void checkKioskPrinter(ctx, kioskId);
  return screen;
}

export interface ScreenAccess {
  /** The paired device, or null for a screen working unpaired in an open office. */
  device: { id: number; nameKk: string; nameRu: string; kioskCode: string | null } | null;
  /** The office lets unpaired screens work (Office.openDevices). */
  open: boolean;
}

/** Who this screen is for the office it opened: paired to it, or unpaired (allowed only where the office is open). */
export async function screenAccess(
  ctx: Ctxish,
  officeCode: string,
  kind: DeviceKind,
  token: string | undefined
): Promise<ScreenAccess> {
  const config = await officeConfig(ctx.db, officeCode);
  const row = await byToken(ctx, kind, token);
  const open = config.office.openDevices;
  if (!row || row.state !== 'PAIRED' || row.officeId !== config.office.id) return { device: null, open };
  const kiosk = row.kioskId === null ? null : [...config.kiosks.values()].find((k) => k.id === row.kioskId && k.active);
  return { device: { id: row.id, nameKk: row.nameKk, nameRu: row.nameRu, kioskCode: kiosk?.code ?? null }, open };
}

/**
 * The kiosk whose printer prints what this screen issues: its pairing's. A screen that is not
 * paired issues only in an office open to unpaired screens, and prints nothing.
 */
export async function issuingKiosk(ctx: Ctxish, officeCode: string, token: string | undefined): Promise<string | null> {
  const access = await screenAccess(ctx, officeCode, 'KIOSK', token);
  if (!access.device && !access.open) throw new DomainError('device_not_paired');
  return access.device?.kioskCode ?? null;
}
