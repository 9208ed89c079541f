/**
 * Ninety days of the demo hall's past (issue 23), so every statistics chart shows something real
 * on a fresh `npm start`: working days only (weekends and holidays closed, as the calendar says),
 * a morning rush, a lunch dip, a Monday peak; four windows, each its specialist, serving in turn;
 * some no-shows, transfers, out-of-turn visitors, desk tickets and ratings. Tickets and their
 * events are written as the queue writes them, then the days are rolled up as any closed day is.
 * Deterministic (a fixed seed), idempotent (nothing if the office already has a past).
 */
import { randomBytes } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { deadlineCalendar } from '../server/calendar/calendar';
import { TX_OPTIONS, join, raw, sql, type Db, type Tx } from '../server/db/client';
import { parsePausePresets } from '../server/offices/rules/pause-presets';
import { instantAt, localDay } from '../server/shared/time';
import { rollUpPeriod } from '../server/statistics';
import { DEMO_OFFICE } from './seed';

/** Relative arrivals by the hour of the day (09:00–18:00): the rush at ten, the dip at lunch. */
const HOURS: Record<number, number> = {
  9: 1.5,
  10: 2.1,
  11: 1.8,
  12: 1.1,
  13: 0.35,
  14: 0.7,
  15: 1.2,
  16: 1.1,
  17: 0.6
};
/** Monday is the busiest day, Friday afternoon the quietest. */
const WEEKDAY = [1.45, 1.1, 1.0, 1.05, 0.85];
const CATEGORIES = ['DISABILITY', 'PREGNANT', 'LABOUR_VETERAN', 'WW2_EQUATED'] as const;
const COMMENTS = [
  ['Тез қызмет көрсетті, рақмет', 'kk'],
  ['Очередь двигалась быстро, спасибо', 'ru'],
  ['Маман бәрін түсіндіріп берді', 'kk'],
  ['Долго ждал в обед', 'ru']
] as const;

/**
 * Rows inserted in one statement (Prisma's createMany binds them one by one: ninety days took
 * fifteen seconds); returns the rows' `returning` column, in the order given.
 */
async function insertRows(tx: Tx, table: string, rows: Array<Record<string, unknown>>, returning?: string) {
  const out: unknown[] = [];
  // Every column any row names (a row without one gets null: an issued ticket's event has no fromStatus).
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = join(chunk.map((r) => sql`(${join(cols.map((c) => r[c] ?? null))})`));
    const head = raw(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES `);
    if (!returning) await tx.$executeRaw`${head}${values}`;
    else {
      const got = await tx.$queryRaw<
        Array<Record<string, unknown>>
      >`${head}${values} RETURNING ${raw(`"${returning}"`)}`;
      out.push(...got.map((g) => g[returning]));
    }
  }
  return out;
}

/**
 * `days` of history before today; `scale` multiplies the arrivals (the bench's busy year: 20
 * windows, 40 specialists in two shifts, some 2,000 visitors a day).
 */
export async function seedHallHistory(
  db: Db,
  now: Date = new Date(),
  { days = 90, scale = 1 }: { days?: number; scale?: number } = {}
): Promise<boolean> {
  const office = await db.office.findUnique({ where: { code: DEMO_OFFICE } });
  if (!office) return false;
  const today = localDay(now, office.timeZone);
  if ((await db.ticket.count({ where: { officeId: office.id, serviceDay: { lt: today } } })) > 0) return false;

  const services = await db.service.findMany({ where: { officeId: office.id }, orderBy: { sortOrder: 'asc' } });
  const windows = await db.window.findMany({
    where: { officeId: office.id, kind: 'WINDOW' },
    include: { services: true },
    orderBy: { number: 'asc' }
  });
  const specialists = await db.user.findMany({
    where: { officeId: office.id, role: 'specialist' },
    orderBy: { login: 'asc' }
  });
  const registrar = await db.user.findFirst({ where: { officeId: office.id, role: 'registrar' } });
  const presets = parsePausePresets(office.pausePresets);
  const cal = await deadlineCalendar(db);

  let seed = 2026;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  // Service share: results 45 %, consultation 40 %, reception 15 %.
  const serviceOf = () => (rnd() < 0.45 ? services[0] : rnd() < 0.73 ? services[1] : services[2]);

  let seq = office.eventSeq;
  const start = Temporal.PlainDate.from(today).subtract({ days });
  for (let d = start; Temporal.PlainDate.compare(d, Temporal.PlainDate.from(today)) < 0; d = d.add({ days: 1 })) {
    if (d.dayOfWeek > 5 || !cal.isWorkingDay(d)) continue;
    const day = d.toString();
    const midnight = instantAt(d, 0, office.timeZone).getTime();
    const at = (minutes: number) => new Date(midnight + Math.round(minutes * 60_000));
    // Arrivals of the day, by the hour's weight, at random minutes within it.
    const arrivals: Array<{ minute: number; service: (typeof services)[number] }> = [];
    for (const [hour, weight] of Object.entries(HOURS)) {
      const n = Math.round(weight * WEEKDAY[d.dayOfWeek - 1] * (10 + rnd() * 4) * scale);
      for (let i = 0; i < n; i++) arrivals.push({ minute: Number(hour) * 60 + rnd() * 60, service: serviceOf() });
    }
    arrivals.sort((a, b) => a.minute - b.minute);
    // Each window is free from 09:00; lunch 13:00–14:00 closes it; a visit goes to the window
    // serving its service that is free first.
    const freeAt = windows.map(() => 9 * 60);
    const numbers = new Map<string, number>();
    const tickets: Array<
      Record<string, unknown> & { issuedAt: Date; calledAt: Date; finishedAt: Date; language: string }
    > = [];
    const plans: Array<{ window: number; user: number | null; call: number; noShow: boolean; transferred: boolean }> =
      [];
    for (const a of arrivals) {
      const serving = windows
        .map((w, i) => i)
        .filter((i) => windows[i].services.some((s) => s.serviceId === a.service.id));
      const i = serving.reduce((best, j) => (freeAt[j] < freeAt[best] ? j : best), serving[0]);
      let call = Math.max(a.minute, freeAt[i]) + rnd() * 1.5;
      if (call >= 13 * 60 && call < 14 * 60) call = 14 * 60 + rnd() * 3;
      const outcome = rnd();
      const noShow = outcome < 0.05;
      const transferred = !noShow && outcome < 0.08;
      const length = noShow ? 2 : a.service.avgServiceMinutes * (0.5 + rnd() * rnd() * 1.6);
      freeAt[i] = call + length;
      const number = (numbers.get(a.service.prefix) ?? 0) + 1;
      numbers.set(a.service.prefix, number);
      const category = rnd() < 0.07 ? pick(CATEGORIES) : null;
      const desk = rnd() < 0.1 && registrar;
      tickets.push({
        officeId: office.id,
        serviceId: a.service.id,
        serviceDay: day,
        number,
        code: `${a.service.prefix}-${String(number).padStart(3, '0')}`,
        language: rnd() < 0.64 ? 'kk' : 'ru',
        category,
        categoryStatus: category ? 'CONFIRMED' : null,
        status: noShow ? 'NO_SHOW' : 'DONE',
        windowId: windows[i].id,
        token: randomBytes(12).toString('base64url'),
        issuedAt: at(a.minute),
        arrivedAt: at(a.minute),
        calledAt: at(call),
        startedAt: noShow ? null : at(call + 0.5),
        finishedAt: at(call + length),
        callCount: noShow ? 2 : 1,
        issuedById: desk ? registrar.id : null,
        identityVerified: desk ? 'ORIGINAL' : null
      });
      plans.push({
        window: windows[i].id,
        // A second shift takes over after lunch where the office has one.
        user: specialists[(i + (call >= 14 * 60 ? windows.length : 0)) % specialists.length]?.id ?? null,
        call,
        noShow,
        transferred
      });
    }
    // One transaction a day: a commit per statement would make the demo's first start slow.
    await db.$transaction(async (tx) => {
      const ids = (await insertRows(tx, 'Ticket', tickets, 'id')).map(Number);
      const events = [];
      const surveys = [];
      for (const [k, id] of ids.entries()) {
        const p = plans[k];
        const base = { officeId: office.id, ticketId: id, windowId: p.window, userId: p.user };
        events.push({ ...base, seq: ++seq, type: 'ticket.issued', toStatus: 'WAITING', at: tickets[k].issuedAt });
        events.push({
          ...base,
          seq: ++seq,
          type: 'ticket.called',
          fromStatus: 'WAITING',
          toStatus: 'CALLED',
          at: tickets[k].calledAt
        });
        if (p.transferred)
          events.push({
            ...base,
            seq: ++seq,
            type: 'ticket.transferred',
            fromStatus: 'CALLED',
            toStatus: 'WAITING',
            at: tickets[k].calledAt
          });
        events.push({
          ...base,
          seq: ++seq,
          type: p.noShow ? 'ticket.no_show' : 'ticket.finished',
          fromStatus: p.noShow ? 'CALLED' : 'SERVING',
          toStatus: p.noShow ? 'NO_SHOW' : 'DONE',
          at: tickets[k].finishedAt
        });
        if (!p.noShow && rnd() < 0.12) {
          const rating = rnd() < 0.6 ? 5 : rnd() < 0.6 ? 4 : rnd() < 0.5 ? 3 : rnd() < 0.5 ? 2 : 1;
          const comment = rnd() < 0.3 ? pick(COMMENTS) : null;
          surveys.push({
            officeId: office.id,
            channel: 'TICKET',
            ticketId: id,
            rating,
            comment: comment?.[0] ?? '',
            language: comment?.[1] ?? tickets[k].language,
            at: tickets[k].finishedAt
          });
        }
      }
      // The windows' own day: signed in before nine, lunch (a pause, or the second shift taking
      // over), a short pause where the window had a gap in the afternoon, signed out after the last visit.
      for (const [i, w] of windows.entries()) {
        const mine = plans.filter((p) => p.window === w.id);
        if (mine.length === 0) continue;
        const morning = mine.find((p) => p.call < 13 * 60)?.user ?? mine[0].user;
        const afternoon = mine.findLast((p) => p.call >= 14 * 60)?.user ?? morning;
        const lang = rnd() < 0.64 ? 0 : 1;
        const reason = (line: number) => (lang ? presets[line]?.ru : presets[line]?.kk) ?? '';
        const ev = (type: string, minute: number, userId: number | null, toStatus: string, detail?: object) =>
          events.push({
            officeId: office.id,
            seq: ++seq,
            type,
            windowId: w.id,
            userId,
            toStatus,
            detail: detail ? JSON.stringify(detail) : null,
            at: at(minute)
          });
        ev('window.opened', 8 * 60 + 50 + rnd() * 8, morning, 'OPEN');
        if (afternoon === morning) {
          ev('window.paused', 13 * 60, morning, 'PAUSED', { reason: reason(0) });
          ev('window.resumed', 14 * 60, morning, 'OPEN');
        } else {
          ev('window.closed', 13 * 60, morning, 'CLOSED');
          ev('window.opened', 13 * 60 + 55, afternoon, 'OPEN');
        }
        const busy = tickets
          .map((t, k) => ({ t, p: plans[k] }))
          .filter((x) => x.p.window === w.id && x.p.call >= 15 * 60)
          .map((x) => [x.p.call, (x.t.finishedAt.getTime() - midnight) / 60_000]);
        for (let k = 1; k < busy.length; k++)
          if (busy[k][0] - busy[k - 1][1] >= 12 && rnd() < 0.6) {
            const from = busy[k - 1][1] + 0.5;
            ev('window.paused', from, afternoon, 'PAUSED', { reason: reason(rnd() < 0.5 ? 1 : 2) });
            ev(
              'window.resumed',
              from + Math.min(10, busy[k][0] - busy[k - 1][1] - 2) * (0.5 + rnd() / 2),
              afternoon,
              'OPEN'
            );
            break;
          }
        ev('window.closed', Math.max(18 * 60, freeAt[i]) + rnd() * 6, afternoon, 'CLOSED');
      }
      // A few visitors a day call for help at a kiosk; staff answer within seconds to minutes.
      const help = [];
      for (let k = Math.floor(rnd() * 4 * scale); k > 0; k--) {
        const minute = 9 * 60 + rnd() * 8 * 60;
        help.push({
          officeId: office.id,
          language: rnd() < 0.64 ? 'kk' : 'ru',
          state: 'ACKNOWLEDGED',
          at: at(minute),
          ackAt: at(minute + (0.25 + rnd() * rnd() * 4)),
          ackById: specialists[Math.floor(rnd() * specialists.length)]?.id ?? null
        });
      }
      await insertRows(tx, 'TicketEvent', events);
      if (surveys.length) await insertRows(tx, 'SurveyResponse', surveys);
      if (help.length) await insertRows(tx, 'HelpRequest', help);
    }, TX_OPTIONS);
  }
  await db.office.update({ where: { id: office.id }, data: { eventSeq: seq } });
  // Closed days are rolled up as the statistics would on first reading them.
  await rollUpPeriod(
    db,
    office,
    start.toString(),
    Temporal.PlainDate.from(today).subtract({ days: 1 }).toString(),
    now
  );
  return true;
}
