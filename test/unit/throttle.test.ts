import { describe, expect, it } from 'vitest';
import { accountLockedUntil, addressLockedUntil } from '../../server/auth/throttle-rules';

const t = (s: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, s));
const fails = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ at: t(from + i), ok: false }));

describe('sign-in throttling', () => {
  it('lets four failures pass, then waits 1, 2, 4 … minutes after the last, at most an hour', () => {
    expect(accountLockedUntil(fails(4), t(10))).toBeNull();
    expect(accountLockedUntil(fails(5), t(10))?.toISOString()).toBe(new Date(t(4).getTime() + 60_000).toISOString());
    expect(accountLockedUntil(fails(6), t(10))?.toISOString()).toBe(new Date(t(5).getTime() + 120_000).toISOString());
    expect(accountLockedUntil(fails(30), t(40))?.toISOString()).toBe(
      new Date(t(29).getTime() + 3_600_000).toISOString()
    );
    expect(accountLockedUntil(fails(5), new Date(t(4).getTime() + 60_001))).toBeNull();
  });
  it('a success resets the count', () => {
    expect(accountLockedUntil([...fails(4), { at: t(5), ok: true }, ...fails(4, 6)], t(20))).toBeNull();
  });
  it('locks an address after 30 failures in 15 minutes, whatever the accounts', () => {
    const times = Array.from({ length: 30 }, (_, i) => t(i));
    expect(addressLockedUntil(times.slice(1), t(40))).toBeNull();
    expect(addressLockedUntil(times, t(40))?.toISOString()).toBe(new Date(t(0).getTime() + 15 * 60_000).toISOString());
    expect(addressLockedUntil(times, new Date(t(0).getTime() + 15 * 60_000 + 1))).toBeNull();
  });
});
