import { version } from '$app/environment';
import { HEARTBEAT_MS, type DeviceKind } from '$server/devices/rules/devices';
import type { ScreenState } from '$server/devices';
import { call } from '$ui/api';

export type Report = ScreenState & { serverVersion: string };

/** Tells the server this screen is alive every HEARTBEAT_MS (staff are alerted after a minute of silence). */
export function reportAlive(kind: DeviceKind, onReport: (r: Report) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const beat = async () => {
    try {
      onReport(await call<Report>('POST', '/api/v1/devices/heartbeat', { kind, version }));
    } catch {
      /* offline: the next beat tries again; staff see the silence */
    } finally {
      if (!stopped) timer = setTimeout(beat, HEARTBEAT_MS);
    }
  };
  void beat();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

const RELOADED_AT = 'qabyldau.reloadedAt';

/**
 * What an unattended screen does with a report: unpaired by the administrator → reload (the page
 * then shows its pairing code); the server runs a newer version → reload when `idle` says it is a
 * good moment, at most once in ten minutes so a mismatch can never loop.
 */
export function followReport(r: Report, idle: () => boolean): void {
  if (r.state !== 'PAIRED') return location.reload();
  if (r.serverVersion === version || !idle()) return;
  const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
  if (Date.now() - last < 10 * 60_000) return;
  sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  location.reload();
}
