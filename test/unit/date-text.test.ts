import { describe, expect, it } from 'vitest';
import { parseText, shapeTyped, toText } from '../../ui/date-text';

describe('dates and times as typed in kk and ru', () => {
  it('shows ISO values as dd.mm.yyyy and 24-hour time', () => {
    expect(toText('2026-03-05', 'date')).toBe('05.03.2026');
    expect(toText('09:30', 'time')).toBe('09:30');
    expect(toText('2026-03-05T14:05', 'datetime')).toBe('05.03.2026 14:05');
    expect(toText('', 'date')).toBe('');
  });

  it('reads what is typed back as ISO, refusing what is not a real date or time', () => {
    expect(parseText('05.03.2026', 'date')).toBe('2026-03-05');
    expect(parseText('5/3/2026', 'date')).toBe('2026-03-05');
    expect(parseText(' 29.02.2028 ', 'date')).toBe('2028-02-29');
    expect(parseText('29.02.2026', 'date')).toBeNull();
    expect(parseText('31.04.2026', 'date')).toBeNull();
    expect(parseText('03/05/2026 ', 'date')).toBe('2026-05-03'); // day first, never the US order
    expect(parseText('2026-03-05', 'date')).toBeNull();
    expect(parseText('', 'date')).toBe('');
    expect(parseText('9:30', 'time')).toBe('09:30');
    expect(parseText('0930', 'time')).toBe('09:30');
    expect(parseText('24:00', 'time')).toBeNull();
    expect(parseText('10:00 PM', 'time')).toBeNull();
    expect(parseText('05.03.2026 9:05', 'datetime')).toBe('2026-03-05T09:05');
    expect(parseText('05.03.2026', 'datetime')).toBeNull();
  });

  it('puts the separators in while digits are typed', () => {
    expect(shapeTyped('05', 'date')).toBe('05');
    expect(shapeTyped('0503', 'date')).toBe('05.03');
    expect(shapeTyped('05032026', 'date')).toBe('05.03.2026');
    expect(shapeTyped('05.03', 'date')).toBe('05.03');
    expect(shapeTyped('093', 'time')).toBe('09:3');
    expect(shapeTyped('050320261405', 'datetime')).toBe('05.03.2026 14:05');
    // Typing on after a shaped part, or with the dots where they go, keeps shaping.
    expect(shapeTyped('05.032', 'date')).toBe('05.03.2');
    expect(shapeTyped('05.03.', 'date')).toBe('05.03.');
    expect(shapeTyped('05.03.2026 1', 'datetime')).toBe('05.03.2026 1');
    expect(shapeTyped('05.03.20261', 'datetime')).toBe('05.03.2026 1');
    // Separators typed elsewhere are someone's own way of writing it: left alone.
    expect(shapeTyped('5.3.2026', 'date')).toBe('5.3.2026');
    expect(shapeTyped('9:3', 'time')).toBe('9:3');
  });
});
