import { describe, expect, it } from 'vitest';
import { addMonths } from '../../ui/format';

describe('addMonths (the schedule month links)', () => {
  it('moves within a year and across years both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-05', 0)).toBe('2026-05');
    expect(addMonths('2026-05', -17)).toBe('2024-12');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
  });
});
