import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/client';
import { parsePausePresets } from '../offices/rules/pause-presets';
import { instantAt, parseClock } from '../shared/time';
import { toHistogram, toPairs } from './rules/summary';
import { windowDay, type WindowEvent, type WindowEventType } from './rules/window-time';

/**
 * What a day's roll-up reads besides its tickets: the windows' events, by the feed's index on
 * (office, type, time), with their time added up; and the calls for help.
 */
const WINDOW_EVENTS: WindowEventType[] = ['window.opened', 'window.closed', 'window.paused', 'window.resumed'];

export interface OfficeHours {
  id: number;
  timeZone: string;
  opensAt: string;
  closesAt: string;
  pausePresets: string;
}

/** The windows' time of one office day: open and paused, per window and the specialist holding it. */
export async function windowsOfDay(db: Db, office: OfficeHours, day: string, now: Date) {
  const date = Temporal.PlainDate.from(day);
  const dayEnd = instantAt(date.add({ days: 1 }), 0, office.timeZone);
  const events = await db.ticketEvent.findMany({
    where: {
      officeId: office.id,
      type: { in: WINDOW_EVENTS },
      at: { gte: instantAt(date, 0, office.timeZone), lt: dayEnd }
    },
    select: { windowId: true, userId: true, type: true, at: true, detail: true },
    orderBy: { seq: 'asc' }
  });
  const end = new Date(Math.min(dayEnd.getTime(), now.getTime()));
  return windowDay(
    events
      .filter((e) => e.windowId !== null)
      .map((e): WindowEvent => ({
        windowId: e.windowId!,
        userId: e.userId,
        type: e.type as WindowEventType,
        at: e.at,
        reason: (JSON.parse(e.detail ?? '{}') as { reason?: string }).reason
      })),
    {
      day: [instantAt(date, 0, office.timeZone), end],
      opens: instantAt(date, parseClock(office.opensAt), office.timeZone),
      closes: new Date(Math.min(instantAt(date, parseClock(office.closesAt), office.timeZone).getTime(), end.getTime()))
    },
    parsePausePresets(office.pausePresets)
  );
}

/** The day's calls for help: how many, how many answered, and whole seconds until answered. */
export async function helpOfDay(db: Db, office: OfficeHours, day: string) {
  const date = Temporal.PlainDate.from(day);
  const rows = await db.helpRequest.findMany({
    where: {
      officeId: office.id,
      at: { gte: instantAt(date, 0, office.timeZone), lt: instantAt(date.add({ days: 1 }), 0, office.timeZone) }
    },
    select: { at: true, ackAt: true }
  });
  const answered = rows.filter((r) => r.ackAt !== null);
  return {
    requests: rows.length,
    answered: answered.length,
    seconds: toPairs(
      toHistogram(answered.map((r) => Math.max(0, Math.round((r.ackAt!.getTime() - r.at.getTime()) / 1000))))
    )
  };
}
