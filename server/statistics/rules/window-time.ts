import { minutes } from './hall';
import type { PausePreset } from '../../offices/rules/pause-presets';
import { Dense, toHistogram, type Histogram, type Pairs, type Summary } from './summary';

/**
 * How long each window was open and paused on one office day (issue 23), from its own events:
 * signed in (window.opened) to signed out (window.closed), paused (with a reason) to resumed. A
 * window whose first event of the day is not its opening was open when the day began: counted from
 * the office's opening; one still open at the end is counted to its closing (or to now, today).
 * Whole minutes, as the rest of the hall's figures.
 */
export type WindowEventType = 'window.opened' | 'window.closed' | 'window.paused' | 'window.resumed';

export interface WindowEvent {
  windowId: number;
  userId: number | null;
  type: WindowEventType;
  at: Date;
  /** A pause's reason as the console sent it. */
  reason?: string;
}

export interface WindowDayRow {
  windowId: number;
  /** Who held the window (0: unknown). */
  userId: number;
  openMinutes: number;
  /** Pause lengths in whole minutes by reason: the office's preset line, or '' for a reason typed. */
  pauses: Record<string, Histogram>;
}

/**
 * A pause's reason as the office's preset it came from («Түскі үзіліс | Обеденный перерыв»), in
 * whichever language the console sent it, so the figures read in either language; '' for a reason
 * typed by hand (free text is not grouped: each would be a group of one).
 */
export function reasonKey(reason: string | undefined, presets: readonly PausePreset[]): string {
  const r = (reason ?? '').trim().toLocaleLowerCase('kk');
  const p = r ? presets.find((x) => [x.kk, x.ru].some((t) => t.toLocaleLowerCase('kk') === r)) : undefined;
  return p ? presetKey(p) : '';
}

/** A preset as its key, the office's own line «kk | ru»; `parsePausePresets` reads it back. */
const presetKey = (p: PausePreset) => `${p.kk} | ${p.ru}`;

/**
 * `day`: the office day's first and last instants (today: now); `opens` and `closes`: its hours,
 * which stand in for a sign-in before the day and a sign-out after it.
 */
export function windowDay(
  events: readonly WindowEvent[],
  bounds: { day: [Date, Date]; opens: Date; closes: Date },
  presets: readonly PausePreset[]
): WindowDayRow[] {
  const [start, end] = bounds.day.map((d) => d.getTime());
  const clip = (d: Date) => new Date(Math.min(Math.max(d.getTime(), start), end));
  const rows = new Map<string, { windowId: number; userId: number; open: number; pauses: Record<string, number[]> }>();
  const row = (windowId: number, userId: number) => {
    const key = `${windowId}/${userId}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { windowId, userId, open: 0, pauses: {} }));
    return r;
  };
  const byWindow = new Map<number, WindowEvent[]>();
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const list = byWindow.get(e.windowId);
    if (list) list.push(e);
    else byWindow.set(e.windowId, [e]);
  }
  for (const [windowId, list] of byWindow) {
    // Open (and maybe paused) before the day's first event, unless that event opens it.
    let openSince: Date | null = list[0].type === 'window.opened' ? null : bounds.opens;
    let pausedSince: Date | null = list[0].type === 'window.resumed' ? bounds.opens : null;
    let reason = '';
    let user = list[0].userId ?? 0;
    const endPause = (at: Date) => {
      if (pausedSince === null) return;
      const r = row(windowId, user);
      (r.pauses[reason] ??= []).push(minutes(clip(pausedSince), clip(at)));
      pausedSince = null;
    };
    const close = (at: Date) => {
      endPause(at);
      if (openSince !== null) row(windowId, user).open += minutes(clip(openSince), clip(at));
      openSince = null;
    };
    for (const e of list) {
      if (e.type === 'window.opened') {
        close(e.at); // a second sign-in without a sign-out ends the first
        openSince = e.at;
        user = e.userId ?? 0;
      } else if (e.type === 'window.closed') close(e.at);
      else if (e.type === 'window.paused') {
        endPause(e.at);
        openSince ??= bounds.opens;
        pausedSince = e.at;
        reason = reasonKey(e.reason, presets);
      } else endPause(e.at);
    }
    // Still open at the end: to the closing, or to its last event if that came later.
    close(new Date(Math.max(bounds.closes.getTime(), list[list.length - 1].at.getTime())));
  }
  return [...rows.values()].map((r) => ({
    windowId: r.windowId,
    userId: r.userId,
    openMinutes: r.open,
    pauses: Object.fromEntries(Object.entries(r.pauses).map(([k, v]) => [k, toHistogram(v)]))
  }));
}

/** A period's windows' time added up: per window, per specialist, and pauses by reason. */
export interface WindowTime {
  byWindow: Array<{ windowId: number; openMinutes: number; pausedMinutes: number; pauses: number }>;
  bySpecialist: Array<{ userId: number; openMinutes: number; pausedMinutes: number; pauses: number }>;
  /** reason: the preset line («kk | ru»), or '' for reasons typed by hand. */
  byReason: Array<{ reason: string; pauses: number; minutes: number; length: Summary }>;
}

export function windowTime(
  rows: ReadonlyArray<{ windowId: number; userId: number; openMinutes: number; pauses: Record<string, Pairs> }>
): WindowTime {
  const windows = new Map<number, { openMinutes: number; pausedMinutes: number; pauses: number }>();
  const people = new Map<number, { openMinutes: number; pausedMinutes: number; pauses: number }>();
  const reasons = new Map<string, Dense>();
  const add = <K>(map: Map<K, { openMinutes: number; pausedMinutes: number; pauses: number }>, key: K) => {
    let t = map.get(key);
    if (!t) map.set(key, (t = { openMinutes: 0, pausedMinutes: 0, pauses: 0 }));
    return t;
  };
  for (const r of rows) {
    const w = add(windows, r.windowId);
    const p = r.userId ? add(people, r.userId) : null;
    w.openMinutes += r.openMinutes;
    if (p) p.openMinutes += r.openMinutes;
    for (const [reason, pairs] of Object.entries(r.pauses)) {
      let d = reasons.get(reason);
      if (!d) reasons.set(reason, (d = new Dense()));
      d.add(pairs);
      for (let i = 0; i < pairs.length; i += 2) {
        for (const t of p ? [w, p] : [w]) {
          t.pausedMinutes += pairs[i] * pairs[i + 1];
          t.pauses += pairs[i + 1];
        }
      }
    }
  }
  return {
    byWindow: [...windows].map(([windowId, t]) => ({ windowId, ...t })),
    bySpecialist: [...people].map(([userId, t]) => ({ userId, ...t })),
    byReason: [...reasons]
      .map(([reason, d]) => {
        const length = d.summary();
        return { reason, pauses: length.n, minutes: d.total(), length };
      })
      .sort((a, b) => b.minutes - a.minutes)
  };
}
