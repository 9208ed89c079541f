import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/auth/sessions';
import { applicationStep } from '../../server/reception/application-steps';
import { registerApplication, type ApplicationInput } from '../../server/reception/applications';
import { checkIn, KIOSK_LOOKUPS, kioskCheckIn } from '../../server/reception/check-in';
import { pairDevice } from '../../server/devices/console';
import { requestPairing } from '../../server/devices/screens';
import { roomAction, roomToday } from '../../server/reception/room';
import { callNext, takeWindow } from '../../server/queue';
import { renderTicket } from '../../server/printing/render';
import { addSession, saveOfficial, scheduleStep } from '../../server/reception';
import { nextEvents, PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** The reception day: check-in at the kiosk with the ИИН, the official calls from their room, the board shows number and room. */
describe.each(PROVIDERS)('check-in and the official’s room on %s', (provider) => {
  let h: Harness;
  let appeals: SessionUser;
  let officialUser: SessionUser;
  let veteran: number;
  let regular: number;
  let roomNumber: number;
  const input = (surname: string, iin: string, category: string | null): ApplicationInput => ({
    surname,
    givenName: 'Тест',
    patronymic: '',
    iin,
    phone: '',
    address: '',
    language: 'kk',
    applicantKind: 'SELF',
    representedName: '',
    authorityDoc: '',
    foreigner: false,
    interpreterNeeded: false,
    category,
    channel: 'PAPER',
    externalRegNo: '',
    externalRegDate: null,
    receivedAt: null,
    requestedOfficialId: null,
    substance: 'Мәселе'
  });

  beforeAll(async () => {
    h = await startHarness(provider);
    // Thursday 10 December 2026, 09:00 in Almaty.
    h.setNow(new Date('2026-12-10T04:00:00Z'));
    appeals = await h.staff('appeals');
    const head = await h.staff('head');
    officialUser = await h.staff('official');
    const room = await h.db.window.findFirstOrThrow({ where: { officeId: h.office.id, kind: 'ROOM' } });
    roomNumber = room.number;
    const official = await saveOfficial(h.ctx, appeals, null, {
      fullName: 'Сәрсенов Қайрат',
      positionKk: 'Әкімнің орынбасары',
      positionRu: 'Заместитель акима',
      userId: officialUser.id,
      roomId: room.id,
      active: true,
      sortOrder: 0,
      sameDay: false
    });
    const today = await addSession(h.ctx, appeals, {
      officialId: official.id,
      date: '2026-12-10',
      startsAt: '10:00',
      endsAt: '12:00',
      roomId: room.id,
      placeKk: '',
      placeRu: '',
      type: 'REGULAR',
      slotMinutes: 20
    });
    const later = await addSession(h.ctx, appeals, {
      officialId: official.id,
      date: '2026-12-17',
      startsAt: '10:00',
      endsAt: '12:00',
      roomId: room.id,
      placeKk: '',
      placeRu: '',
      type: 'REGULAR',
      slotMinutes: 20
    });
    await scheduleStep(h.ctx, appeals, '2026-12', 'submit');
    await scheduleStep(h.ctx, head, '2026-12', 'approve');
    const book = async (surname: string, iin: string, category: string | null, sessionId: number) => {
      const { id } = await registerApplication(h.ctx, appeals, input(surname, iin, category));
      await applicationStep(h.ctx, appeals, id, { action: 'review' });
      await applicationStep(h.ctx, appeals, id, { action: 'schedule', sessionId });
      return id;
    };
    regular = await book('Жақсыбекова', '851231450672', null, today.id);
    veteran = await book('Сейітқали', '750607400011', 'WW2_EQUATED', today.id);
    await book('Ертеңгі', '900101300126', null, later.id);
  });
  afterAll(() => h?.close());

  it('finds today’s appointment by ИИН or register number and issues one ticket bound to the room, whatever the retries', async () => {
    const first = await checkIn(h.ctx, { officeCode: 'demo', key: '851231450672', language: 'kk' });
    expect(first.created).toBe(true);
    expect(first.appointment).toEqual({ slotTime: '10:00', room: { number: roomNumber, kind: 'ROOM' } });
    expect(first.ticket.code).toMatch(/^В-\d{3}$/);
    // The ticket itself (screen, paper, QR page) says where and when: the hall needs no phone.
    expect(first.ticket.appointment).toEqual({ slotTime: '10:00', room: { number: roomNumber, kind: 'ROOM' } });
    const plain = renderTicket({ ...first.ticket, appointment: null }, 'http://x/t/1', 80);
    const printed = renderTicket(first.ticket, 'http://x/t/1', 80);
    expect(printed.height).toBeGreaterThan(plain.height);
    const again = await Promise.all(
      [1, 2, 3].map(() => checkIn(h.ctx, { officeCode: 'demo', key: '851231450672', language: 'ru' }))
    );
    expect(new Set(again.map((r) => r.id))).toEqual(new Set([first.id]));
    expect(again.every((r) => !r.created)).toBe(true);
    const ticket = await h.db.ticket.findUniqueOrThrow({ where: { id: first.id } });
    expect(ticket.targetWindowId).not.toBeNull();
    expect((await h.db.application.findUniqueOrThrow({ where: { id: regular } })).ticketId).toBe(first.id);

    const app = await h.db.application.findUniqueOrThrow({ where: { id: veteran } });
    const byNumber = await checkIn(h.ctx, { officeCode: 'demo', key: `${app.year}/${app.number}`, language: 'kk' });
    expect(byNumber.ticket.outOfTurn).toBe(true);
  });

  it('at a kiosk: paired screens only; found, then taken; a miss of any kind looks the same; no category; lookups limited', async () => {
    const ask = (over: Partial<Parameters<typeof kioskCheckIn>[1]> = {}) =>
      kioskCheckIn(h.ctx, {
        officeCode: 'demo',
        deviceToken: undefined,
        address: '10.1.1.1',
        key: '900101300126',
        language: 'kk',
        confirm: false,
        ...over
      });
    // An unpaired screen (the demo office lets unpaired kiosks issue tickets, not look people up).
    expect(await refusal(ask())).toBe('device_not_paired');
    const admin = await h.staff('admin');
    const { token, screen } = await requestPairing(h.ctx, 'demo', 'KIOSK', undefined, 'test kiosk', '10.0.0.1');
    await pairDevice(h.ctx, admin, {
      code: (screen as { code: string }).code,
      nameKk: 'Киоск',
      nameRu: 'Киоск',
      kioskId: null
    });
    const at = (address: string, over: Partial<Parameters<typeof kioskCheckIn>[1]> = {}) =>
      ask({ deviceToken: token, address, ...over });
    // Another day, no appointment, a malformed number: one and the same answer.
    for (const key of ['900101300126', '800101310402', '123'])
      expect(await refusal(at('10.1.1.2', { key }))).toBe('appointment_not_found');
    // Found: when and where; nothing is queued yet.
    const tickets = await h.db.ticket.count();
    const found = await at('10.1.1.2', { key: '851231450672' });
    expect(found).toEqual({
      appointment: { slotTime: expect.any(String), room: { number: expect.any(Number), kind: 'ROOM' } }
    });
    expect(await h.db.ticket.count()).toBe(tickets);
    // Taken: the ticket, without the visitor's category.
    const taken = await at('10.1.1.2', { key: '851231450672', confirm: true });
    expect('ticket' in taken && taken.ticket.category).toBeNull();
    expect(JSON.stringify(taken)).not.toMatch(/WW2|VETERAN|DISABLED/);
    // A guesser at one address runs out of lookups (the screen too), whatever the numbers.
    const results: string[] = [];
    for (let i = 0; i < KIOSK_LOOKUPS.burst + 2; i++)
      results.push((await refusal(at('10.1.1.9', { key: `80010131040${i % 10}` }))) ?? 'ok');
    expect(results.filter((r) => r === 'too_many_attempts').length).toBeGreaterThanOrEqual(2);
  });

  it('says clearly when there is no appointment today, and refuses a bad number', async () => {
    expect(await refusal(checkIn(h.ctx, { officeCode: 'demo', key: '900101300126', language: 'kk' }))).toBe(
      'appointment_other_day'
    );
    expect(await refusal(checkIn(h.ctx, { officeCode: 'demo', key: '800101310402', language: 'kk' }))).toBe(
      'appointment_not_found'
    );
    expect(await refusal(checkIn(h.ctx, { officeCode: 'demo', key: '123', language: 'kk' }))).toBe('bad_iin');
    expect(await refusal(checkIn(h.ctx, { officeCode: 'nowhere', key: '851231450672', language: 'kk' }))).toBe(
      'unknown_office'
    );
  });

  it('the official sees today’s list out-of-turn first, calls from the room; the board gets the number and the room only', async () => {
    const view = await roomToday(h.ctx, officialUser);
    const list = view.sessions[0].applicants;
    expect(list.map((a) => a.id)).toEqual([veteran, regular]);
    expect(list.every((a) => a.ticket !== null)).toBe(true);

    const board = await h.client();
    await board.emitWithAck('office:subscribe', { office: 'demo' });
    const events = nextEvents(board, 1, (e) => e.type === 'ticket.called');
    await roomAction(h.ctx, officialUser, veteran, 'call');
    const [called] = await events;
    expect(called.ticket).toMatchObject({
      window: { number: roomNumber, kind: 'ROOM' },
      status: 'CALLED',
      outOfTurn: true
    });
    expect(JSON.stringify(called)).not.toMatch(/Сейітқали|750607400011|WW2_EQUATED|Мәселе/);

    // Only this room may call an appointment ticket: a specialist's window cannot take it.
    const w = await h.staffedWindow(61, [h.services.reception]);
    await takeWindow(h.ctx, w.windowId, w.actor);
    expect(await refusal(callNext(h.ctx, w.windowId, w.actor))).toBe('queue_empty');

    await roomAction(h.ctx, officialUser, veteran, 'came');
    await roomAction(h.ctx, officialUser, veteran, 'done');
    expect((await h.db.application.findUniqueOrThrow({ where: { id: veteran } })).state).toBe('RECEIVED');
    await roomAction(h.ctx, officialUser, regular, 'call');
    await roomAction(h.ctx, officialUser, regular, 'noShow');
    expect((await h.db.application.findUniqueOrThrow({ where: { id: regular } })).state).toBe('NO_SHOW');
    const after = await roomToday(h.ctx, officialUser);
    expect(after.sessions[0].applicants.map((a) => [a.state, a.ticket?.status])).toEqual([
      ['RECEIVED', 'DONE'],
      ['NO_SHOW', 'NO_SHOW']
    ]);
  });

  it('refuses the room to anyone but the session’s official', async () => {
    const other = await h.staff('official');
    expect(await refusal(roomToday(h.ctx, other))).toBe('forbidden');
    expect(await refusal(roomAction(h.ctx, appeals, veteran, 'call'))).toBe('forbidden');
  });
});
