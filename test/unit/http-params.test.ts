import { describe, expect, it } from 'vitest';
import { errorMessage, idParam } from '../../server/http/respond';
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

describe('a refusal names fields in words, never as identifiers (issue 19)', () => {
  it('lists what a protocol lacks in the reader’s language', () => {
    const fields = ['regNo', 'regDate', 'decision'];
    expect(errorMessage('protocol_incomplete', { fields }, 'ru')).toBe(
      'Протокол не заполнен: регистрационный номер, дата регистрации, решение по каждому вопросу'
    );
    expect(errorMessage('protocol_incomplete', { fields }, 'kk')).toBe(
      'Хаттама толық емес: тіркеу нөмірі, тіркеу күні, әр мәселе бойынша шешім'
    );
  });
  it('says which field a bad request failed on, or only that it was wrong', () => {
    expect(errorMessage('bad_request', { detail: 'serviceId' }, 'ru')).toBe('Неверный запрос: услуга');
    expect(errorMessage('bad_request', { detail: 'items.3.decisionX' }, 'kk')).toBe('Сұрау дұрыс емес');
    expect(errorMessage('bad_request', {}, 'ru')).toBe('Неверный запрос');
    // A code that names Object.prototype's members finds no words (it threw: a 500 the fuzz test found).
    for (const detail of ['__proto__', 'constructor', 'toString'])
      expect(errorMessage('bad_request', { detail }, 'ru')).toBe('Неверный запрос');
  });
});
