import { describe, expect, it } from 'vitest';
import { AddressLimits, addressLimitSettings, TokenBucket } from '../../server/realtime/rules/rate';

describe('a socket’s message budget', () => {
  it('lets a burst through, then the average rate, and counts refusals in a row', () => {
    const b = new TokenBucket(10, 2, 0);
    for (let i = 0; i < 10; i++) expect(b.take(0)).toBe(true);
    expect(b.take(0)).toBe(false);
    expect(b.take(100)).toBe(false);
    expect(b.refusedInARow).toBe(2);
    expect(b.take(500)).toBe(true); // half a second refills one
    expect(b.refusedInARow).toBe(0);
    expect(b.take(500)).toBe(false);
    // A quiet minute refills the burst, never more.
    for (let i = 0; i < 10; i++) expect(b.take(60_500)).toBe(true);
    expect(b.take(60_500)).toBe(false);
  });
});

describe('AddressLimits', () => {
  it('caps the sockets of one address, frees a place on disconnect, and leaves other addresses alone', () => {
    const limits = new AddressLimits({ connections: 2, messagesPerSecond: 1 });
    expect([limits.connect('a'), limits.connect('a'), limits.connect('a')]).toEqual([true, true, false]);
    expect(limits.connect('b')).toBe(true);
    limits.disconnect('a');
    expect(limits.connect('a')).toBe(true);
  });

  it('shares one message bucket among an address’s sockets, refilled at the set rate', () => {
    const limits = new AddressLimits({ connections: 3, messagesPerSecond: 2 });
    const t0 = 1_000_000;
    expect([1, 2, 3, 4].map(() => limits.message('a', t0))).toEqual([true, true, true, false]);
    expect(limits.message('b', t0)).toBe(true);
    expect(limits.message('a', t0 + 500)).toBe(true);
    expect(limits.message('a', t0 + 500)).toBe(false);
  });

  it('reads its settings from the environment, falling back on bad values', () => {
    expect(addressLimitSettings({})).toEqual({ connections: 200, messagesPerSecond: 40 });
    expect(
      addressLimitSettings({ QABYLDAU_SOCKETS_PER_ADDRESS: '50', QABYLDAU_SOCKET_MESSAGES_PER_ADDRESS: 'x' })
    ).toEqual({
      connections: 50,
      messagesPerSecond: 40
    });
  });
});
