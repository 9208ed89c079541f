import { describe, expect, it } from 'vitest';
import { parsePausePresets, pausePresetsValid } from '../../server/offices/rules/pause-presets';
import { officeBody } from '../../server/offices/schemas';

/** Admin settings that once made an office answer 500 are refused at the door. */
const good = {
  code: 'x1',
  nameKk: 'Кеңсе',
  nameRu: 'Офис',
  timeZone: 'Asia/Almaty',
  workDays: '1,2,3,4,5',
  opensAt: '09:00',
  closesAt: '18:30',
  lunchStart: '13:00',
  lunchEnd: '14:30',
  lastTicketMinutes: 15,
  observesHolidays: true,
  priorityAgingMinutes: null
};

describe('office settings', () => {
  const problem = (over: object) => {
    const r = officeBody.safeParse({ ...good, ...over });
    return r.success ? null : r.error.issues[0].path.join('.');
  };

  it('accepts a real office, and 24:00 as "until midnight"', () => {
    expect(problem({})).toBeNull();
    expect(problem({ opensAt: '00:00', closesAt: '24:00', lunchStart: null, lunchEnd: null })).toBeNull();
    expect(problem({ timeZone: 'Asia/Aqtobe' })).toBeNull();
  });
  it.each([
    [{ timeZone: 'Asia/Almatty' }, 'timeZone'],
    [{ timeZone: 'UTC+5' }, 'timeZone'],
    [{ closesAt: '24:30' }, 'closesAt'],
    [{ opensAt: '25:00' }, 'opensAt'],
    [{ opensAt: '19:00' }, 'closesAt'],
    [{ lunchEnd: null }, 'lunchEnd'],
    [{ lunchStart: '19:00', lunchEnd: '20:00' }, 'lunchStart'],
    [{ lunchStart: '14:00', lunchEnd: '13:00' }, 'lunchStart'],
    [{ signupChannels: 'PAPER,FAX' }, 'signupChannels'],
    [{ attendeeTemplate: '[{"nameKk": "А"}]' }, 'attendeeTemplate'],
    [{ attendeeTemplate: 'not json' }, 'attendeeTemplate']
  ])('refuses %j at %s', (over, path) => expect(problem(over)).toBe(path));
});

describe('pause presets (the office’s reasons a specialist picks from)', () => {
  it('reads «Kazakh | Russian» lines, one wording for both when there is no bar, blank lines skipped', () => {
    expect(parsePausePresets('Түскі үзіліс | Обеденный перерыв\n\nЖиналыс\n')).toEqual([
      { kk: 'Түскі үзіліс', ru: 'Обеденный перерыв' },
      { kk: 'Жиналыс', ru: 'Жиналыс' }
    ]);
  });

  it('refuses more than 12 reasons, a reason over 100 characters, and a line with two bars', () => {
    expect(pausePresetsValid(Array.from({ length: 12 }, (_, i) => `${i} | ${i}`).join('\n'))).toBe(true);
    expect(pausePresetsValid(Array.from({ length: 13 }, (_, i) => `${i} | ${i}`).join('\n'))).toBe(false);
    expect(pausePresetsValid(`${'ә'.repeat(101)} | а`)).toBe(false);
    expect(pausePresetsValid('а | б | в')).toBe(false);
    expect(officeBody.safeParse({ ...good, pausePresets: 'а | б | в' }).success).toBe(false);
    expect(officeBody.safeParse({ ...good, pausePresets: 'Түскі үзіліс | Обеденный перерыв' }).success).toBe(true);
  });
});
