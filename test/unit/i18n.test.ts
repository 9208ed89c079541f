import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as m from '../../i18n/paraglide/messages.js';
import { CATEGORIES } from '../../server/queue/rules/categories';
import type { ErrorCode } from '../../server/shared/errors';
import { TICKET_STATUSES } from '../../server/queue/rules/ticket-state';

const load = (l: string) => JSON.parse(readFileSync(`i18n/messages/${l}.json`, 'utf8')) as Record<string, unknown>;
const kk = load('kk');
const ru = load('ru');
const fn = (key: string) => (m as unknown as Record<string, ((i: object, o: object) => string) | undefined>)[key];

describe('every visible string exists in Kazakh and Russian', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    for (const [k, v] of Object.entries({ ...kk, ...ru }))
      if (typeof v === 'string') expect(v.trim(), k).not.toBe('');
      else expect(JSON.stringify(v), k).toContain('=other');
  });

  it('agrees a noun with its number by each language’s plural rules (CLDR), in the catalogue', () => {
    const extended = (n: number, locale: 'kk' | 'ru') => m.ct_extended({ count: n }, { locale });
    expect([1, 2, 5, 21, 22, 111].map((n) => extended(n, 'ru'))).toEqual([
      'Продлено 1 раз',
      'Продлено 2 раза',
      'Продлено 5 раз',
      'Продлено 21 раз',
      'Продлено 22 раза',
      'Продлено 111 раз'
    ]);
    // Kazakh keeps the noun's one form after a number.
    expect(extended(3, 'kk')).toBe('3 рет ұзартылды');
  });

  it('labels every out-of-turn category and ticket status', () => {
    for (const c of CATEGORIES)
      for (const l of ['kk', 'ru']) expect(fn(`category_${c}`)?.({}, { locale: l })).toBeTruthy();
    for (const s of TICKET_STATUSES)
      for (const l of ['kk', 'ru']) expect(fn(`status_${s}`)?.({}, { locale: l })).toBeTruthy();
  });

  it('explains every error code', () => {
    const src = readFileSync('server/shared/errors.ts', 'utf8');
    const codes = [...src.matchAll(/^\s+(\w+): \d{3},$/gm)].map((x) => x[1]) as ErrorCode[];
    expect(codes.length).toBeGreaterThan(15);
    for (const c of codes) {
      expect(kk[`error_${c}`], c).toBeTruthy();
      expect(ru[`error_${c}`], c).toBeTruthy();
    }
  });

  it('writes Kazakh with Kazakh letters and defaults to Kazakh', () => {
    expect(Object.values(kk).join('')).toMatch(/[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/);
    expect(m.kiosk_need_help({}, { locale: 'kk' })).toBe('Маған көмек керек');
    expect(m.kiosk_need_help({}, { locale: 'ru' })).toBe('Мне нужна помощь');
  });
});
