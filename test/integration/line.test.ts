import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAhead, lineHead, lineLength } from '../../server/queue/line';
import {
  callableBy,
  peopleAhead,
  pickNext,
  sortQueue,
  STRICT_PRIORITY,
  type OrderingRules
} from '../../server/queue/rules/queue-order';
import { PROVIDERS, startHarness, type Harness } from './harness';

/**
 * The line read from the database (server/queue/line.ts) against its definition (rules/queue-order):
 * a day of generated tickets — out of turn, revoked, same-millisecond arrivals, tickets sent to a
 * particular window, other days and statuses — and every window, limit and aging rule.
 */
describe.each(PROVIDERS)('the waiting line in SQL (%s)', (provider) => {
  let h: Harness;
  const day = '2026-12-16';
  const now = new Date('2026-12-16T10:00:00Z');
  const windows: Array<{ id: number; serviceIds: number[] }> = [];

  beforeAll(async () => {
    h = await startHarness(provider);
    const svc = Object.values(h.services);
    for (const [n, ids] of [
      [71, [svc[0]]],
      [72, [svc[0], svc[1]]],
      [73, svc]
    ] as const) {
      const w = await h.staffedWindow(n, [...ids]);
      windows.push({ id: w.windowId, serviceIds: [...ids] });
    }
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const rows = [];
    for (let i = 0; i < 400; i++) {
      const r = rnd();
      const category = r < 0.15 ? 'DISABILITY' : r < 0.2 ? 'PREGNANT' : null;
      rows.push({
        officeId: h.office.id,
        serviceId: svc[Math.floor(rnd() * svc.length)],
        serviceDay: rnd() < 0.9 ? day : '2026-12-15',
        number: i + 1,
        code: `T-${i + 1}`,
        language: 'kk',
        category,
        categoryStatus: category ? (rnd() < 0.3 ? 'REVOKED' : rnd() < 0.5 ? 'CONFIRMED' : 'CLAIMED') : null,
        status: rnd() < 0.8 ? 'WAITING' : 'DONE',
        targetWindowId: rnd() < 0.1 ? windows[Math.floor(rnd() * windows.length)].id : null,
        token: `line-${i}`,
        // Arrivals over three hours, some in the same millisecond.
        issuedAt: new Date(now.getTime() - Math.floor(rnd() * 90) * 120_000),
        arrivedAt: new Date(now.getTime() - Math.floor(rnd() * 90) * 120_000)
      });
    }
    await h.db.ticket.createMany({ data: rows });
  }, 60_000);
  afterAll(async () => h?.close());

  const all = () => h.db.ticket.findMany({ where: { officeId: h.office.id, serviceDay: day, status: 'WAITING' } });

  for (const [name, rules] of [
    ['strict priority', STRICT_PRIORITY],
    ['aging after 60 minutes', { priorityAgingMinutes: 60 }]
  ] as Array<[string, OrderingRules]>) {
    it(`gives every window the head of its line as the rules order it (${name})`, async () => {
      const waiting = await all();
      for (const w of windows) {
        const expected = sortQueue(callableBy(waiting, w), now, rules);
        expect(expected.length).toBeGreaterThan(20);
        for (const limit of [1, 5, 50]) {
          const head = await lineHead(
            h.db,
            { officeId: h.office.id, serviceDay: day, serviceIds: w.serviceIds, windowId: w.id },
            now,
            rules,
            limit
          );
          expect(head.map((t) => t.id)).toEqual(expected.slice(0, limit).map((t) => t.id));
        }
        // Call-next reads the head of one: the rules' own pick.
        expect(
          (
            await lineHead(
              h.db,
              { officeId: h.office.id, serviceDay: day, serviceIds: w.serviceIds, windowId: w.id },
              now,
              rules,
              1
            )
          )[0].id
        ).toBe(pickNext(waiting, w, now, rules)?.id);
        expect(
          await lineLength(h.db, { officeId: h.office.id, serviceDay: day, serviceIds: w.serviceIds, windowId: w.id })
        ).toBe(expected.length);
      }
    });

    it(`counts the people ahead of every waiting ticket as the rules do (${name})`, async () => {
      const waiting = await all();
      for (const t of waiting) expect(await countAhead(h.db, t, now, rules)).toBe(peopleAhead(t, waiting, now, rules));
    });
  }
});
