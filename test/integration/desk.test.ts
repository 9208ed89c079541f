import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInAtDesk, issueAtDesk } from '../../server/reception/desk';
import { receivingToday, sameDayReception } from '../../server/reception/same-day';
import { addSession, saveOfficial } from '../../server/reception';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** The registrar desk issues tickets for verified visitors (000 ¶205), on the desk's own office only. */
describe.each(PROVIDERS)('registrar desk on %s', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());
  const body = (over: object = {}) => ({
    serviceId: h.services.consultation,
    language: 'ru' as const,
    category: 'DISABILITY',
    needsAssistance: true,
    identityVerified: 'DIGITAL' as const,
    kioskId: null,
    idempotencyKey: `desk-${Math.random().toString(36).slice(2, 12)}`,
    ...over
  });

  it('issues a ticket recording who issued it and how identity was verified; a retry is the same ticket', async () => {
    const registrar = await h.staff('registrar');
    const b = body();
    const first = await issueAtDesk(h.ctx, registrar, b, 'http://x');
    const again = await issueAtDesk(h.ctx, registrar, b, 'http://x');
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.ticket.code).toBe(first.ticket.code);
    const row = await h.db.ticket.findFirstOrThrow({ where: { token: first.ticket.token } });
    expect(row).toMatchObject({
      issuedById: registrar.id,
      identityVerified: 'DIGITAL',
      language: 'ru',
      category: 'DISABILITY',
      needsAssistance: true
    });
    expect(await h.db.auditLog.count({ where: { action: 'ticket.desk', entityId: String(row.id) } })).toBe(1);
    // A specialist may stand in at the desk.
    expect((await issueAtDesk(h.ctx, await h.staff('specialist'), body(), 'http://x')).created).toBe(true);
  });

  it('refuses other roles, bad services and another office’s printer', async () => {
    expect(await refusal(issueAtDesk(h.ctx, await h.staff('appeals'), body(), 'http://x'))).toBe('forbidden');
    const registrar = await h.staff('registrar');
    expect(await refusal(issueAtDesk(h.ctx, registrar, body({ serviceId: 99999 }), 'http://x'))).toBe(
      'unknown_service'
    );
    const other = await h.db.office.create({ data: { code: `desk-${provider}`, nameKk: 'Б', nameRu: 'Б' } });
    const theirKiosk = await h.db.kiosk.create({
      data: {
        officeId: other.id,
        code: 'k',
        nameKk: 'К',
        nameRu: 'К',
        printerKind: 'DEVICE',
        printerAddress: '/dev/null'
      }
    });
    expect(await refusal(issueAtDesk(h.ctx, registrar, body({ kioskId: theirKiosk.id }), 'http://x'))).toBe(
      'unknown_kiosk'
    );
    expect(
      await refusal(checkInAtDesk(h.ctx, registrar, { key: '851231450672', language: 'kk', kioskId: null }, 'http://x'))
    ).toBe('appointment_not_found');
  });
});

describe.each(PROVIDERS)('same-day reception (003 ¶3) on %s', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(() => h?.close());

  it('registers the visitor in person, books the official’s session today and gives a ticket for the room; two desks never share a time', async () => {
    const appeals = await h.staff('appeals');
    const room = await h.db.window.findFirstOrThrow({ where: { officeId: h.office.id, kind: 'ROOM' } });
    const official = await saveOfficial(h.ctx, appeals, null, {
      fullName: 'Ахметов Бауыржан',
      positionKk: 'Басқарма басшысы',
      positionRu: 'Руководитель управления',
      userId: null,
      roomId: room.id,
      active: true,
      sortOrder: 0,
      sameDay: true
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
    await addSession(h.ctx, appeals, {
      officialId: official.id,
      date: today,
      startsAt: '09:00',
      endsAt: '10:00',
      roomId: room.id,
      placeKk: '',
      placeRu: '',
      type: 'EXTRA',
      slotMinutes: 30
    });
    // 003 ¶3: one who receives by appointment only is never offered at the desk, even with a free time.
    const byAppointment = await saveOfficial(h.ctx, appeals, null, {
      fullName: 'Өмірова Гүлнар',
      positionKk: 'Аппарат басшысы',
      positionRu: 'Руководитель аппарата',
      userId: null,
      roomId: room.id,
      active: true,
      sortOrder: 1,
      sameDay: false
    });
    await addSession(h.ctx, appeals, {
      officialId: byAppointment.id,
      date: today,
      startsAt: '11:00',
      endsAt: '12:00',
      roomId: room.id,
      placeKk: '',
      placeRu: '',
      type: 'EXTRA',
      slotMinutes: 30
    });
    expect((await receivingToday(h.ctx, h.office.id)).map((o) => o.officialId)).toEqual([official.id]);
    const registrar = await h.staff('registrar');
    expect(
      await refusal(
        sameDayReception(h.ctx, registrar, {
          officialId: byAppointment.id,
          surname: 'Қасымова',
          givenName: 'Ләззат',
          patronymic: '',
          iin: '851231450672',
          phone: '',
          language: 'kk',
          category: null,
          substance: 'Ауыз су туралы'
        })
      )
    ).toBe('same_day_not_allowed');
    const visitor = (iin: string) => ({
      officialId: official.id,
      surname: 'Қасымова',
      givenName: 'Ләззат',
      patronymic: '',
      iin,
      phone: '',
      language: 'kk' as const,
      category: null,
      substance: 'Ауыз су туралы'
    });
    const results = await Promise.allSettled(
      [visitor('851231450672'), visitor('900101300126'), visitor('750607400011')].map((v) =>
        sameDayReception(h.ctx, registrar, v)
      )
    );
    const ok = results.filter(
      (r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof sameDayReception>>> => r.status === 'fulfilled'
    );
    expect(ok.length).toBe(2);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      ['session_full']
    );
    expect(new Set(ok.map((r) => r.value.appointment.slotTime))).toEqual(new Set(['09:00', '09:30']));
    const apps = await h.db.application.findMany({ where: { channel: 'IN_PERSON' }, include: { events: true } });
    // Registered by 003 ¶25 (on a weekend, the next working day), booked and checked in.
    expect(apps.every((a) => a.state === 'SCHEDULED' && a.ticketId !== null && a.registeredOn >= today)).toBe(true);
    expect(apps[0].events.map((e) => e.type)).toEqual(['register', 'review', 'schedule']);
    expect(await receivingToday(h.ctx, h.office.id)).toEqual([]);
    expect(await refusal(sameDayReception(h.ctx, appeals, visitor('800101310402')))).toBe('forbidden');
  });
});
