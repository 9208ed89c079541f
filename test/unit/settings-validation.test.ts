import { describe, expect, it } from 'vitest';
import { officeBody } from '../../server/offices/schemas';

/** Admin settings that once made an office answer 500 are refused at the door. */
describe('office settings', () => {
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
