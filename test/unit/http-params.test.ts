import { describe, expect, it } from 'vitest';
import { idParam } from '../../server/http/respond';
import { fromInertCell, inertCell } from '../../server/shared/spreadsheet';

describe('ids in routes are strict decimal integers in range', () => {
  it.each(['1', '42', '2147483647'])('takes %s', (v) => expect(idParam(v, 'unknown_ticket')).toBe(Number(v)));
  it.each(['0x10', '1e3', ' 7', '7 ', '007', '0', '-1', '1.0', '2147483648', '99999999999', '', '١٢'])(
    'refuses %j as not found',
    (v) => expect(() => idParam(v, 'unknown_ticket')).toThrow(expect.objectContaining({ code: 'unknown_ticket' }))
  );
});

describe('spreadsheet cells that look like formulas', () => {
  it.each(['=1+2', '+7 701 000 00 00', '-Формулова', '@SUM(A1)', '\t=1', '\r=1'])(
    'are written inert and read back as typed: %j',
    (v) => {
      expect(inertCell(v)).toBe(`'${v}`);
      expect(fromInertCell(inertCell(v))).toBe(v);
    }
  );
  it.each(['Әбдірахманова', "'quoted", '12', ''])('leaves other text alone: %j', (v) => {
    expect(inertCell(v)).toBe(v);
    expect(fromInertCell(v)).toBe(v);
  });
});
