import { Temporal } from 'temporal-polyfill';
import { minutes, satisfactionOf, type HallFigures, type Visit } from './hall';
import { Dense, toHistogram, toPairs, type Histogram, type Pairs } from './summary';

/**
 * A closed day's roll-up (issue 23): the day's visits grouped by service, the window that served a
 * visit last and its specialist, with counts and whole-minute histograms; and arrivals by hour.
 * Adding rows of any days and reading them with `figuresOf` gives exactly `hallFigures` of those
 * days' visits — the tests hold the two together — so a year is read from a few rows a day.
 */
export interface AttributedVisit extends Visit {
  /** The window that served or closed it last, and the specialist at it; 0 when none did. */
  windowId: number;
  userId: number;
}

export interface Counts {
  issuedKiosk: number;
  issuedDesk: number;
  issuedCheckIn: number;
  served: number;
  noShow: number;
  transferred: number;
  unserved: number;
  outOfTurn: number;
  kk: number;
  ru: number;
  /** Visits rated 1 … 5. */
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
}

export interface DayRow extends Counts {
  serviceId: number;
  windowId: number;
  userId: number;
  waits: Histogram;
  waitsOutOfTurn: Histogram;
  serviceTimes: Histogram;
}

export interface HourRow {
  hour: number;
  serviceId: number;
  arrivals: number;
  waits: Histogram;
}

export const COUNTS: ReadonlyArray<keyof Counts> = [
  'issuedKiosk',
  'issuedDesk',
  'issuedCheckIn',
  'served',
  'noShow',
  'transferred',
  'unserved',
  'outOfTurn',
  'kk',
  'ru',
  'r1',
  'r2',
  'r3',
  'r4',
  'r5'
];

const wait = (v: Visit) => (v.firstCalledAt ? minutes(v.arrivedAt, v.firstCalledAt) : null);
const serviceTime = (v: Visit) => {
  const from = v.startedAt ?? v.calledAt;
  return v.status === 'DONE' && from && v.finishedAt ? minutes(from, v.finishedAt) : null;
};
const present = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);

export function rollUp(visits: readonly AttributedVisit[], timeZone: string): { days: DayRow[]; hours: HourRow[] } {
  const days = new Map<string, AttributedVisit[]>();
  const hours = new Map<string, { hour: number; serviceId: number; visits: Visit[] }>();
  for (const v of visits) {
    const key = `${v.serviceId}/${v.windowId}/${v.userId}`;
    const group = days.get(key);
    if (group) group.push(v);
    else days.set(key, [v]);
    const hour = Temporal.Instant.fromEpochMilliseconds(v.arrivedAt.getTime()).toZonedDateTimeISO(timeZone).hour;
    const h = hours.get(`${hour}/${v.serviceId}`) ?? { hour, serviceId: v.serviceId, visits: [] };
    h.visits.push(v);
    hours.set(`${hour}/${v.serviceId}`, h);
  }
  return {
    days: [...days.values()].map((vs) => {
      const count = (f: (v: Visit) => boolean) => vs.filter(f).length;
      return {
        serviceId: vs[0].serviceId,
        windowId: vs[0].windowId,
        userId: vs[0].userId,
        issuedKiosk: count((v) => v.channel === 'kiosk'),
        issuedDesk: count((v) => v.channel === 'desk'),
        issuedCheckIn: count((v) => v.channel === 'check_in'),
        served: count((v) => v.status === 'DONE'),
        noShow: count((v) => v.status === 'NO_SHOW'),
        transferred: count((v) => v.transferred),
        unserved: count((v) => v.status !== 'DONE' && v.status !== 'NO_SHOW'),
        outOfTurn: count((v) => v.outOfTurn),
        kk: count((v) => v.language === 'kk'),
        ru: count((v) => v.language === 'ru'),
        r1: count((v) => v.rating === 1),
        r2: count((v) => v.rating === 2),
        r3: count((v) => v.rating === 3),
        r4: count((v) => v.rating === 4),
        r5: count((v) => v.rating === 5),
        waits: toHistogram(present(vs.map(wait))),
        waitsOutOfTurn: toHistogram(present(vs.filter((v) => v.outOfTurn).map(wait))),
        serviceTimes: toHistogram(present(vs.map(serviceTime)))
      };
    }),
    hours: [...hours.values()].map((h) => ({
      hour: h.hour,
      serviceId: h.serviceId,
      arrivals: h.visits.length,
      waits: toHistogram(present(h.visits.map(wait)))
    }))
  };
}

/** A roll-up row with its histograms as pairs, read once however many groupings add it. */
export interface PreparedRow extends Counts {
  waits: Pairs;
  waitsOutOfTurn: Pairs;
  serviceTimes: Pairs;
}

export function prepare(r: Omit<DayRow, 'serviceId' | 'windowId' | 'userId'>): PreparedRow {
  const out = {
    waits: toPairs(r.waits),
    waitsOutOfTurn: toPairs(r.waitsOutOfTurn),
    serviceTimes: toPairs(r.serviceTimes)
  };
  for (const k of COUNTS) (out as unknown as Counts)[k] = r[k];
  return out as PreparedRow;
}

/** Roll-up rows of any days (and services, windows, specialists) added up. */
export class Tally {
  private readonly counts = Object.fromEntries(COUNTS.map((k) => [k, 0])) as unknown as Counts;
  private readonly waits = new Dense();
  private readonly waitsOutOfTurn = new Dense();
  private readonly serviceTimes = new Dense();
  add(r: PreparedRow): this {
    for (const k of COUNTS) this.counts[k] += r[k];
    this.waits.add(r.waits);
    this.waitsOutOfTurn.add(r.waitsOutOfTurn);
    this.serviceTimes.add(r.serviceTimes);
    return this;
  }
  /** The hall's figures (rules/hall.ts) of what was added. */
  figures(): HallFigures {
    const t = this.counts;
    return {
      issued: {
        total: t.issuedKiosk + t.issuedDesk + t.issuedCheckIn,
        kiosk: t.issuedKiosk,
        desk: t.issuedDesk,
        check_in: t.issuedCheckIn
      },
      served: t.served,
      noShow: t.noShow,
      transferred: t.transferred,
      unserved: t.unserved,
      outOfTurn: t.outOfTurn,
      languages: { kk: t.kk, ru: t.ru },
      wait: this.waits.summary(),
      waitOutOfTurn: this.waitsOutOfTurn.summary(),
      service: this.serviceTimes.summary(),
      satisfaction: satisfactionOf([t.r1, t.r2, t.r3, t.r4, t.r5])
    };
  }
}

/** The hall's figures (rules/hall.ts) of roll-up rows. */
export function figuresOf(rows: Iterable<Omit<DayRow, 'serviceId' | 'windowId' | 'userId'>>): HallFigures {
  const t = new Tally();
  for (const r of rows) t.add(prepare(r));
  return t.figures();
}
