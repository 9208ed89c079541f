import { z } from 'zod';
import type { SessionUser } from '../auth/sessions';
import { STATISTICS_ROLES } from '../auth/roles';
import type { Ctx } from '../realtime/context';
import type { HallFigures } from './rules/hall';
import { Dense, type Summary } from './rules/summary';
import { Tally } from './rules/rollup';
import type { HallChoices } from './rules/labels';
import { periodOf, periodQuery, type Period } from './period';
import { rollUpPeriod } from './rollup';
import { lateRatings, storedRows } from './stored-rows';
import { helpFigures, latestComments, type Comment, type HelpFigures } from './hall-extras';
import { windowTime, type WindowTime } from './rules/window-time';

/** The hall's period and filters. */
export const hallQuery = periodQuery.extend({
  serviceId: z.coerce.number().int().positive().optional(),
  windowId: z.coerce.number().int().positive().optional(),
  userId: z.coerce.number().int().positive().optional()
});
export type HallQuery = Omit<z.infer<typeof hallQuery>, 'lang'>;

export interface HallView extends Period {
  filter: HallQuery;
  choices: HallChoices;
  figures: HallFigures;
  byService: Array<{ serviceId: number; figures: HallFigures }>;
  byWindow: Array<{ windowId: number; figures: HallFigures }>;
  bySpecialist: Array<{ userId: number; figures: HallFigures }>;
  /** Each day of the period: issued, served, no-show and the median wait. */
  byDay: Array<{ day: string; issued: number; served: number; noShow: number; waitMedian: number | null }>;
  /** Arrivals and waits by the hour of arrival (0–23) and by weekday (1 Monday … 7 Sunday). */
  byHour: Array<{ hour: number; arrivals: number; wait: Summary }>;
  byWeekday: Array<{ weekday: number; arrivals: number; wait: Summary }>;
  /** Arrivals by weekday and hour: heatMap[weekday - 1][hour]. */
  heatMap: number[][];
  /** How long windows were open and paused, and why (the window and specialist filters apply). */
  windowTime: WindowTime;
  /** Visitors' calls for help and how soon staff answered (the whole hall). */
  help: HelpFigures;
  /** The latest comments left with a rating (the service and window filters apply). */
  comments: Comment[];
}

/** The tally of a group, made on first use. */
function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Tally()));
  return t;
}

function inOrder<T extends { id: number }>(groups: T[], order: Array<{ id: number }>): T[] {
  const place = new Map(order.map((o, i) => [o.id, i]));
  return [...groups].sort((a, b) => (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity));
}

const groups = (map: Map<number, Tally>) => [...map.entries()].map(([id, t]) => ({ id, figures: t.figures() }));

/**
 * The hall's statistics for a period (issue 23): the head and the administrator of the office.
 * Read from the daily roll-ups, and today's (or a still open day's) rows computed from its tickets.
 */
export async function hallStatistics(ctx: Ctx, u: SessionUser | null, q: HallQuery): Promise<HallView> {
  const { office, from, to, today } = await periodOf(ctx, u, STATISTICS_ROLES, q);
  const officeId = office.id;

  const open = await rollUpPeriod(ctx.db, office, from, to, ctx.now());
  const [stored, comments] = await Promise.all([
    storedRows(ctx.db, officeId, from, to),
    latestComments(ctx.db, officeId, from, to, q)
  ]);
  const late = await lateRatings(ctx.db, officeId, stored, ctx.now());
  const all = [...stored.days, ...open.days, ...late];
  const days = all.filter(
    (r) =>
      (!q.serviceId || r.serviceId === q.serviceId) &&
      (!q.windowId || r.windowId === q.windowId) &&
      (!q.userId || r.userId === q.userId)
  );
  const hours = [...stored.hours, ...open.hours].filter((r) => !q.serviceId || r.serviceId === q.serviceId);

  // One pass: each row's histograms read once, added into every grouping by index.
  const total = new Tally();
  const by = {
    service: new Map<number, Tally>(),
    window: new Map<number, Tally>(),
    user: new Map<number, Tally>(),
    day: new Map<string, Tally>()
  };
  for (const r of days) {
    total.add(r);
    tallyOf(by.service, r.serviceId).add(r);
    if (r.windowId !== 0) tallyOf(by.window, r.windowId).add(r);
    if (r.userId !== 0) tallyOf(by.user, r.userId).add(r);
    tallyOf(by.day, r.day).add(r);
  }
  const byDay = [...by.day.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, t]) => {
      const f = t.figures();
      return { day, issued: f.issued.total, served: f.served, noShow: f.noShow, waitMedian: f.wait.median };
    });

  const heatMap = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const hourWaits = Array.from({ length: 24 }, () => ({ arrivals: 0, waits: new Dense() }));
  const weekdayWaits = Array.from({ length: 7 }, () => ({ arrivals: 0, waits: new Dense() }));
  for (const h of hours) {
    heatMap[h.weekday - 1][h.hour] += h.arrivals;
    hourWaits[h.hour].arrivals += h.arrivals;
    hourWaits[h.hour].waits.add(h.waits);
    weekdayWaits[h.weekday - 1].arrivals += h.arrivals;
    weekdayWaits[h.weekday - 1].waits.add(h.waits);
  }

  const [services, windows, specialists] = await Promise.all([
    ctx.db.service.findMany({
      where: { officeId },
      select: { id: true, nameKk: true, nameRu: true, prefix: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }]
    }),
    ctx.db.window.findMany({
      where: { officeId },
      select: { id: true, number: true, kind: true },
      orderBy: { number: 'asc' }
    }),
    ctx.db.user.findMany({
      where: {
        id: {
          in: [...new Set([...all, ...stored.windows, ...open.windows].map((r) => r.userId).filter((id) => id !== 0))]
        }
      },
      select: { id: true, fullName: true },
      orderBy: { fullName: 'asc' }
    })
  ]);

  return {
    office,
    from,
    to,
    today,
    filter: q,
    choices: { services, windows, specialists },
    figures: total.figures(),
    // In the order the office lists them: services by their place, windows by number, people by name.
    byService: inOrder(groups(by.service), services).map((g) => ({ serviceId: g.id, figures: g.figures })),
    byWindow: inOrder(groups(by.window), windows).map((g) => ({ windowId: g.id, figures: g.figures })),
    bySpecialist: inOrder(groups(by.user), specialists).map((g) => ({ userId: g.id, figures: g.figures })),
    byDay,
    byHour: hourWaits
      .map((h, hour) => ({ hour, arrivals: h.arrivals, wait: h.waits.summary() }))
      .filter((h) => h.arrivals > 0),
    byWeekday: weekdayWaits.map((w, i) => ({
      weekday: i + 1,
      arrivals: w.arrivals,
      wait: w.waits.summary()
    })),
    heatMap,
    windowTime: windowTime(
      [...stored.windows, ...open.windows].filter(
        (r) => (!q.windowId || r.windowId === q.windowId) && (!q.userId || r.userId === q.userId)
      )
    ),
    help: helpFigures([...stored.help, ...open.help]),
    comments
  };
}
