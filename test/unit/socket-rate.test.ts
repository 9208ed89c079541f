import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../server/realtime/rules/rate';

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
