import * as m from '../../i18n/paraglide/messages.js';
import ical from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/client';
import { officeByCode } from '../offices';
import { officeToday } from '../calendar/rules/deadlines';
import type { Language } from '../shared/language';
import { instantAt, parseClock } from '../shared/time';
import type { PublicSession } from '../realtime/contract';
import { publishedSessions } from './schedule';

export type { PublicSession };

/**
 * What the public sees of the schedule (003 ¶8, 000 ¶206, 004 ¶37): the officials' names,
 * positions, days, hours and places of the published months — for the hall wall, the website
 * (JSON and iCalendar) and the hall board. No applicant and no booking count ever appears.
 */

export interface PublicSchedule {
  office: { code: string; nameKk: string; nameRu: string; timeZone: string };
  today: string;
  from: string;
  to: string;
  sessions: PublicSession[];
}

const DAYS_AHEAD = 62;

function toPublic(s: Awaited<ReturnType<typeof publishedSessions>>[number]): PublicSession {
  return {
    date: s.date,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    type: s.type,
    cancelled: s.status !== 'ACTIVE',
    official: { fullName: s.official.fullName, positionKk: s.official.positionKk, positionRu: s.official.positionRu },
    room: s.room ? { number: s.room.number, kind: s.room.kind } : null,
    placeKk: s.placeKk,
    placeRu: s.placeRu
  };
}

export async function publicSchedule(
  db: Db,
  officeCode: string,
  now: Date,
  from?: string,
  to?: string
): Promise<PublicSchedule> {
  const office = await officeByCode(db, officeCode);
  const today = officeToday(now, office.timeZone);
  const start = from ?? today.toString();
  const end = to ?? today.add({ days: DAYS_AHEAD }).toString();
  const sessions = (await publishedSessions(db, office.id, start, end)).map(toPublic);
  return {
    office: { code: office.code, nameKk: office.nameKk, nameRu: office.nameRu, timeZone: office.timeZone },
    today: today.toString(),
    from: start,
    to: end,
    sessions
  };
}

/** Today's sessions for the hall board (cancelled ones too: the hall must know). */
export async function todaysSessions(
  db: Db,
  office: { id: number; timeZone: string },
  now: Date
): Promise<PublicSession[]> {
  const today = officeToday(now, office.timeZone).toString();
  return (await publishedSessions(db, office.id, today, today)).map(toPublic);
}

/** The calendar file's words in one language, from the message catalogue. */
const words = (lang: Language) => {
  const L = { locale: lang };
  return {
    title: m.doc_ics_title({}, L),
    room: m.doc_ics_room({}, L),
    window: m.doc_ics_window({}, L),
    cancelled: m.doc_ics_cancelled({}, L)
  };
};

/** The schedule as iCalendar for the website and officials' calendars, in one language. */
export function scheduleIcs(s: PublicSchedule, lang: Language): string {
  const w = words(lang);
  const cal = ical({
    name: `${w.title} — ${lang === 'ru' ? s.office.nameRu : s.office.nameKk}`,
    timezone: s.office.timeZone,
    prodId: { company: 'Qabyldau', product: 'schedule', language: lang.toUpperCase() }
  });
  for (const x of s.sessions) {
    const day = Temporal.PlainDate.from(x.date);
    const place = x.room
      ? `${x.room.kind === 'ROOM' ? w.room : w.window} ${x.room.number}`
      : lang === 'ru'
        ? x.placeRu
        : x.placeKk;
    cal.createEvent({
      id: `${s.office.code}-${x.date}-${x.startsAt}-${x.official.fullName}`.replace(/\s+/g, '_'),
      start: instantAt(day, parseClock(x.startsAt), s.office.timeZone),
      end: instantAt(day, parseClock(x.endsAt), s.office.timeZone),
      summary: `${x.cancelled ? `${w.cancelled}: ` : ''}${x.official.fullName} — ${lang === 'ru' ? x.official.positionRu : x.official.positionKk}`,
      location: place
    });
  }
  return cal.toString();
}
