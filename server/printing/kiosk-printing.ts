import type { Db, Tx } from '../db/client';
import type { Ctx } from '../realtime/context';
import { PrintError, checkPrinter, type PrinterConfig } from './print';
import type { PaperWidth } from './render';
import { parseTarget } from './transport';

type KioskRow = NonNullable<Awaited<ReturnType<Db['kiosk']['findUnique']>>>;

export type PrintResult = { status: 'none' } | { status: 'printed' } | { status: 'failed'; fault: string };

export function printerConfig(k: KioskRow): PrinterConfig | null {
  const target = parseTarget(k.printerKind, k.printerAddress);
  if (!target) return null;
  return {
    target,
    paper: (k.paperWidth === 58 ? 58 : 80) as PaperWidth,
    mode: k.printMode === 'TEXT_KZ1048' ? 'TEXT_KZ1048' : 'RASTER',
    timeoutMs: k.printTimeoutMs
  };
}

/** The printer's state as the last print or check left it (the devices list, the window console). */
export function recordPrinterState(db: Db | Tx, kioskId: number, fault: string | null, at: Date) {
  return db.$executeRaw`UPDATE "Kiosk" SET "printerStatus" = ${fault ?? 'OK'}, "printerError" = ${fault}, "printerCheckedAt" = ${at} WHERE "id" = ${kioskId}`;
}

/** A printer is asked at most this often (each paired kiosk's report offers to). */
export const PRINTER_CHECK_MS = 60_000;
// Per database client, as the office cache (tests run several databases in one process).
const checked = new WeakMap<object, Map<number, number>>();

/**
 * Asks a kiosk's printer how it is, at most once a minute, when the paired kiosk screen reports:
 * paper out or a printer switched off is on the devices list (and the window console) before a
 * visitor's ticket fails on it. Never throws; the report does not wait for it.
 */
export async function checkKioskPrinter(ctx: Pick<Ctx, 'db' | 'now'>, kioskId: number): Promise<void> {
  const now = ctx.now().getTime();
  let checkedAt = checked.get(ctx.db);
  if (!checkedAt) checked.set(ctx.db, (checkedAt = new Map()));
  if (now - (checkedAt.get(kioskId) ?? -Infinity) < PRINTER_CHECK_MS) return;
  checkedAt.set(kioskId, now);
  try {
    const kiosk = await ctx.db.kiosk.findUnique({ where: { id: kioskId } });
    const config = kiosk?.active ? printerConfig(kiosk) : null;
    if (!config) return;
    let fault: string | null = null;
    await checkPrinter(config).catch((e) => (fault = e instanceof PrintError ? e.fault : 'printer_error'));
    await recordPrinterState(ctx.db, kioskId, fault, ctx.now());
  } catch (err) {
    console.error('printer check failed', err instanceof Error ? err.message : err);
  }
}
