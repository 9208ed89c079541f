import { describe, expect, it } from 'vitest';
import {
  SILENT_AFTER_MS,
  deviceHealth,
  normaliseCode,
  pairingCode,
  showCode
} from '../../server/devices/rules/devices';

describe('pairing codes', () => {
  it('are six digits from random bytes, leading zeros kept', () => {
    expect(pairingCode(new Uint8Array([0, 0, 0, 7]))).toBe('000007');
    expect(pairingCode(new Uint8Array([255, 255, 255, 255]))).toBe(String(0xffffffff % 1_000_000).padStart(6, '0'));
    expect(() => pairingCode(new Uint8Array(3))).toThrow();
  });
  it('are shown in two groups and read back however they were typed', () => {
    expect(showCode('482913')).toBe('482 913');
    for (const typed of ['482913', '482 913', ' 482-913 ', '482.913', '48 29 13'])
      expect(normaliseCode(typed)).toBe('482913');
    for (const junk of ['', '48291', '4829130', 'abcdef', '482 91x']) expect(normaliseCode(junk)).toBeNull();
  });
});

describe('device health', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it('is online until a minute of silence, then silent with the minutes counted', () => {
    expect(deviceHealth(ago(0), now)).toEqual({ state: 'online' });
    expect(deviceHealth(ago(SILENT_AFTER_MS - 1), now)).toEqual({ state: 'online' });
    expect(deviceHealth(ago(SILENT_AFTER_MS), now)).toEqual({
      state: 'silent',
      since: ago(SILENT_AFTER_MS),
      minutes: 1
    });
    expect(deviceHealth(ago(7.5 * 60_000), now)).toMatchObject({ state: 'silent', minutes: 7 });
  });
  it('is "never" for a paired screen that never reported', () => {
    expect(deviceHealth(null, now)).toEqual({ state: 'never' });
  });
});
