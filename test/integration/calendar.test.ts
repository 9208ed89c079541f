import type { SessionUser } from '../../server/auth/sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { seedCalendar } from '../../prisma/calendar-kz';
import { calendarYear, removeCalendarDay, saveCalendarDay } from '../../server/calendar/calendar';
import { deadlinesFor } from '../../server/offices/deadlines';
import { kioskInfo } from '../../server/offices/offices';
import { dropOfficeConfig } from '../../server/offices/config';
import { issueTicket } from '../../server/queue/tickets';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

const almaty = (local: string) =>
  new Date(Temporal.PlainDateTime.from(local).toZonedDateTime('Asia/Almaty').epochMilliseconds);
const dayOff = (nameRu: string) => ({
  kind: 'DAY_OFF' as const,
  nameKk: nameRu,
  nameRu,
  movesIfWeekend: false,
  note: ''
});

describe.each(PROVIDERS)('working-day calendar on %s', (provider) => {
  let h: Harness;
  let admin: SessionUser;
  beforeAll(async () => {
    h = await startHarness(provider);
    admin = await h.staff('admin');
  });
  afterAll(() => h?.close());

  it('is seeded with the known years once, and a second seeding changes nothing', async () => {
    for (const year of [2025, 2026, 2027]) expect((await calendarYear(h.db, year)).entries.length).toBeGreaterThan(10);
    expect(await seedCalendar(h.db)).toEqual([]);
    expect((await calendarYear(h.db, 2026)).workingDays.total).toBe(247);
  });

  it("an administrator's edit of the calendar moves a computed deadline, and undoing it moves it back", async () => {
    const answer = async () => {
      const sheet = await deadlinesFor(
        h.db,
        { office: 'demo', receivedAt: '2026-04-01T10:00' },
        almaty('2026-04-01T10:00'),
        { officeIds: [h.office.id] }
      );
      return sheet.lines.find((l) => l.rule === 'answer')?.date;
    };
    expect(await answer()).toBe('2026-04-22'); // 15 working days after Wednesday 1 April

    await saveCalendarDay(h.ctx, admin, '2026-04-10', dayOff('Перенос'));
    expect(await answer()).toBe('2026-04-23');

    // A holiday on Saturday 18 April gives Monday the 20th off.
    const saturdayHoliday = {
      kind: 'HOLIDAY' as const,
      nameKk: 'Мереке',
      nameRu: 'Праздник',
      movesIfWeekend: true,
      note: 'test'
    };
    await saveCalendarDay(h.ctx, admin, '2026-04-18', saturdayHoliday);
    expect(await answer()).toBe('2026-04-24');
    expect((await calendarYear(h.db, 2026)).days.find((d) => d.date === '2026-04-20')).toMatchObject({
      working: false,
      why: 'moved_holiday'
    });

    await saveCalendarDay(h.ctx, admin, '2026-04-18', { ...saturdayHoliday, movesIfWeekend: false });
    expect(await answer()).toBe('2026-04-23');

    await removeCalendarDay(h.ctx, admin, '2026-04-18');
    await removeCalendarDay(h.ctx, admin, '2026-04-10');
    expect(await answer()).toBe('2026-04-22');
    expect(await refusal(removeCalendarDay(h.ctx, admin, '2026-04-10'))).toBe('unknown_day');
    expect(await refusal(saveCalendarDay(h.ctx, admin, '2026-02-30', dayOff('x')))).toBe('bad_date');
    // Only administrators edit it, and every edit is on record with its day.
    const specialist = await h.staff('specialist');
    expect(await refusal(saveCalendarDay(h.ctx, specialist, '2026-04-10', dayOff('x')))).toBe('forbidden');
    const edits = await h.db.auditLog.findMany({
      where: { action: { startsWith: 'calendar.' } },
      orderBy: { id: 'asc' }
    });
    expect(edits.map((e) => [e.action, e.userId, JSON.parse(e.detail!).date])).toEqual([
      ['calendar.save', admin.id, '2026-04-10'],
      ['calendar.save', admin.id, '2026-04-18'],
      ['calendar.save', admin.id, '2026-04-18'],
      ['calendar.remove', admin.id, '2026-04-18'],
      ['calendar.remove', admin.id, '2026-04-10']
    ]);
  });

  it('the kiosk issues no ticket on a public holiday, names it, and says when it opens', async () => {
    const demo = h.db.office;
    // The demo hall, open round the clock, made a Monday–Friday office that observes holidays.
    await demo.update({ where: { code: 'demo' }, data: { observesHolidays: true, workDays: '1,2,3,4,5' } });
    dropOfficeConfig(h.db); // written here behind the admin service's back
    const issue = () => issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk' });
    try {
      const before = await h.db.ticket.count();
      h.setNow(almaty('2026-03-23T10:00')); // Nauryz
      const info = await kioskInfo(h.db, 'demo', h.ctx.now());
      expect(info.issuing).toEqual({
        open: false,
        reason: 'day_off',
        holiday: { nameKk: 'Наурыз мейрамы', nameRu: 'Наурыз мейрамы' },
        // It opens at midnight of the first working day after the three Nauryz days off.
        opensAt: almaty('2026-03-26T00:00').toISOString()
      });
      expect(await refusal(issue())).toBe('office_closed');

      h.setNow(almaty('2026-03-25T12:00')); // the day off for Sunday 22 March
      expect((await kioskInfo(h.db, 'demo', h.ctx.now())).issuing).toMatchObject({
        open: false,
        holiday: { nameRu: 'Наурыз мейрамы' }
      });
      expect(await refusal(issue())).toBe('office_closed');
      expect(await h.db.ticket.count()).toBe(before);

      h.setNow(almaty('2026-03-26T10:00'));
      expect((await issue()).created).toBe(true);

      // A day off declared today closes the kiosk at once; removing it reopens it.
      h.setNow(almaty('2026-03-27T10:00'));
      await saveCalendarDay(h.ctx, admin, '2026-03-27', dayOff('Траур күні'));
      expect(await refusal(issue())).toBe('office_closed');
      await removeCalendarDay(h.ctx, admin, '2026-03-27');
      expect((await issue()).created).toBe(true);

      // A hall that works through holidays keeps issuing.
      await demo.update({ where: { code: 'demo' }, data: { observesHolidays: false } });
      dropOfficeConfig(h.db);
      h.setNow(almaty('2026-03-23T10:00'));
      expect((await issue()).created).toBe(true);
    } finally {
      h.setNow(null);
      await demo.update({ where: { code: 'demo' }, data: { observesHolidays: false, workDays: '1,2,3,4,5,6,7' } });
      dropOfficeConfig(h.db);
    }
  });
});
