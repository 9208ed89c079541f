import { describe, expect, it } from 'vitest';
import {
  compareQueued,
  peopleAhead,
  pickNext,
  sortQueue,
  STRICT_PRIORITY,
  type QueuedTicket
} from '../../server/queue/rules/queue-order';

const t0 = new Date('2026-11-23T04:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
let nextId = 1;
function ticket(p: Partial<QueuedTicket> & { min: number }): QueuedTicket {
  const id = nextId++;
  return {
    id,
    serviceId: 1,
    category: null,
    categoryStatus: null,
    arrivedAt: at(p.min),
    number: id,
    targetWindowId: null,
    ...p
  };
}

describe('queue order (003 ¶12)', () => {
  it('serves regular tickets first come, first served', () => {
    const a = ticket({ min: 0 });
    const b = ticket({ min: 1 });
    const c = ticket({ min: 2 });
    expect(sortQueue([c, a, b], at(10), STRICT_PRIORITY).map((t) => t.id)).toEqual([a.id, b.id, c.id]);
  });

  it('calls a waiting out-of-turn ticket before any regular one, however late it came', () => {
    const early = ticket({ min: 0 });
    const vet = ticket({ min: 30, category: 'WW2_VETERAN', categoryStatus: 'CLAIMED' });
    expect(pickNext([early, vet], { id: 1, serviceIds: [1] }, at(31), STRICT_PRIORITY)?.id).toBe(vet.id);
  });

  it('orders out-of-turn tickets among themselves by arrival', () => {
    const p1 = ticket({ min: 5, category: 'PREGNANT', categoryStatus: 'CONFIRMED' });
    const p2 = ticket({ min: 3, category: 'DISABILITY', categoryStatus: 'CLAIMED' });
    expect(sortQueue([p1, p2], at(10), STRICT_PRIORITY).map((t) => t.id)).toEqual([p2.id, p1.id]);
  });

  it('treats a revoked category as a regular ticket that keeps its arrival time', () => {
    const regular = ticket({ min: 1 });
    const revoked = ticket({ min: 0, category: 'LABOUR_VETERAN', categoryStatus: 'REVOKED' });
    const later = ticket({ min: 2 });
    expect(sortQueue([later, regular, revoked], at(5), STRICT_PRIORITY).map((t) => t.id)).toEqual([
      revoked.id,
      regular.id,
      later.id
    ]);
  });

  it('breaks a tie in arrival time by running number', () => {
    const a = ticket({ min: 0, number: 2 });
    const b = ticket({ min: 0, number: 1 });
    expect(compareQueued(a, b, at(0), STRICT_PRIORITY)).toBeGreaterThan(0);
  });

  it('picks across all the window services and ignores the others', () => {
    const other = ticket({ min: 0, serviceId: 3 });
    const s2 = ticket({ min: 1, serviceId: 2 });
    const s1 = ticket({ min: 2, serviceId: 1 });
    expect(pickNext([other, s1, s2], { id: 1, serviceIds: [1, 2] }, at(5), STRICT_PRIORITY)?.id).toBe(s2.id);
    expect(pickNext([other], { id: 1, serviceIds: [1, 2] }, at(5), STRICT_PRIORITY)).toBeNull();
  });

  it('leaves a ticket transferred to a particular window to that window', () => {
    const forWindow2 = ticket({ min: 0, targetWindowId: 2 });
    const anyone = ticket({ min: 1 });
    expect(pickNext([forWindow2, anyone], { id: 1, serviceIds: [1] }, at(5), STRICT_PRIORITY)?.id).toBe(anyone.id);
    expect(pickNext([forWindow2, anyone], { id: 2, serviceIds: [1] }, at(5), STRICT_PRIORITY)?.id).toBe(forWindow2.id);
  });

  it('promotes a long-waiting regular ticket only when the office turns anti-starvation on', () => {
    const old = ticket({ min: 0 });
    const vet = ticket({ min: 50, category: 'WW2_VETERAN', categoryStatus: 'CLAIMED' });
    const window = { id: 1, serviceIds: [1] };
    expect(pickNext([old, vet], window, at(60), STRICT_PRIORITY)?.id).toBe(vet.id);
    expect(pickNext([old, vet], window, at(60), { priorityAgingMinutes: 45 })?.id).toBe(old.id);
    expect(pickNext([old, vet], window, at(40), { priorityAgingMinutes: 45 })?.id).toBe(vet.id);
  });

  it('counts the people ahead within the same service, priority-aware', () => {
    const a = ticket({ min: 0 });
    const b = ticket({ min: 1 });
    const vet = ticket({ min: 2, category: 'WW2_VETERAN', categoryStatus: 'CLAIMED' });
    const otherService = ticket({ min: 0, serviceId: 9 });
    const me = ticket({ min: 3 });
    const all = [a, b, vet, otherService, me];
    expect(peopleAhead(me, all, at(4), STRICT_PRIORITY)).toBe(3);
    expect(peopleAhead(vet, all, at(4), STRICT_PRIORITY)).toBe(0);
    expect(peopleAhead(a, all, at(4), STRICT_PRIORITY)).toBe(1);
  });
});
