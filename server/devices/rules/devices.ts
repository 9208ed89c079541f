/**
 * Kiosk and board screens paired to an office (SPEC 4.2; issue 11): the one-time code a screen
 * shows, how often it reports, when staff are told it has gone silent. Pure: no database.
 */

export const DEVICE_KINDS = ['KIOSK', 'BOARD'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
export const isDeviceKind = (v: unknown): v is DeviceKind => (DEVICE_KINDS as readonly unknown[]).includes(v);

/** One cookie per kind: a browser may be a hall's kiosk and its board at once (a demo laptop). */
export const DEVICE_COOKIE: Record<DeviceKind, string> = { KIOSK: 'qabyldau_kiosk', BOARD: 'qabyldau_board' };

/** A screen reports every 20 s; three missed reports and staff are told (issue 11: "silent for a minute"). */
export const HEARTBEAT_MS = 20_000;
export const SILENT_AFTER_MS = 60_000;
/** While it waits to be paired a screen asks often, so it starts working as soon as the code is entered. */
export const PENDING_POLL_MS = 3_000;
/** The code is typed by an administrator standing at the screen: minutes, not hours. */
export const CODE_TTL_MS = 10 * 60_000;
/** Unpaired screens cost a row each: a few per office showing a live code at once is plenty. */
export const MAX_PENDING_PER_OFFICE = 30;
/**
 * New screens one address may ask codes for: a hall being fitted pairs its screens together,
 * a stranger must not take the office's places (issue 22): 10, then one more every 5 minutes.
 */
export const NEW_SCREENS_PER_ADDRESS = { burst: 10, perSecond: 1 / 300 };
/** A request for pairing nobody answered is forgotten after a day. */
export const PENDING_KEPT_MS = 86_400_000;
/** The device cookie's life; renewed by every heartbeat (browsers cap cookies at 400 days). */
export const DEVICE_COOKIE_DAYS = 400;

export const CODE_DIGITS = 6;

/** A code from random bytes: six digits, shown as "482 913" so it reads aloud in two breaths. */
export function pairingCode(random: Uint8Array): string {
  if (random.length < 4) throw new Error('need 4 random bytes');
  const n = ((random[0] << 24) | (random[1] << 16) | (random[2] << 8) | random[3]) >>> 0;
  return String(n % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
}

export const showCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/** What the administrator typed, as stored: spaces, dashes and dots dropped; null if it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const digits = typed.replace(/[\s.\-–—]/g, '');
  return new RegExp(`^\\d{${CODE_DIGITS}}$`).test(digits) ? digits : null;
}

export type DeviceHealth =
  | { state: 'online' }
  /** Paired, has reported before, and nothing for SILENT_AFTER_MS: staff are alerted. */
  | { state: 'silent'; since: Date; minutes: number }
  /** Paired and never reported since (it reports on the first page load, so rare). */
  | { state: 'never' };

export function deviceHealth(lastSeenAt: Date | null, now: Date): DeviceHealth {
  if (!lastSeenAt) return { state: 'never' };
  const quiet = now.getTime() - lastSeenAt.getTime();
  if (quiet < SILENT_AFTER_MS) return { state: 'online' };
  return { state: 'silent', since: lastSeenAt, minutes: Math.floor(quiet / 60_000) };
}

/** The silence cut-off for a query: paired devices last seen before it are silent. */
export const silentBefore = (now: Date) => new Date(now.getTime() - SILENT_AFTER_MS);
