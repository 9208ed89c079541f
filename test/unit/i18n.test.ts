import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as m from '../../i18n/paraglide/messages.js';
import { CATEGORIES } from '../../server/queue/rules/categories';
import type { ErrorCode } from '../../server/shared/errors';
import { TICKET_STATUSES } from '../../server/queue/rules/ticket-state';

const load = (l: string) => JSON.parse(readFileSync(`i18n/messages/${l}.json`, 'utf8')) as Record<string, string>;
const kk = load('kk');
const ru = load('ru');
const fn = (key: string) => (m as unknown as Record<string, ((i: object, o: object) => string) | undefined>)[key];

describe('every visible string exists in Kazakh and Russian', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    for (const [k, v] of Object.entries({ ...kk, ...ru })) expect(v.trim(), k).not.toBe('');
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
