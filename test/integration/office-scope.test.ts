import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlinesFor } from '../../server/offices/deadlines';
import { adminData, saveKiosk, saveOffice, saveService, saveUser, saveWindow } from '../../server/offices/admin';
import { reprintTicket, ticketPreview, ticketPrintInfo } from '../../server/queue/ticket-printing';
import { issueTicket } from '../../server/queue/tickets';
import { actOnTicket, callNext, decideCategory, takeWindow, windowConsole } from '../../server/queue';
import { sessionUser, signIn } from '../../server/auth/sessions';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/** Every staff read and write stays inside the offices the user works for. */
describe.each(PROVIDERS)('offices are isolated on %s', (provider) => {
  let h: Harness;
  let other: { officeId: number; windowId: number; serviceId: number; kioskId: number };
  beforeAll(async () => {
    h = await startHarness(provider);
    const office = await h.db.office.create({
      data: {
        code: 'other',
        nameKk: 'Басқа',
        nameRu: 'Другой',
        workDays: '1,2,3,4,5,6,7',
        opensAt: '00:00',
        closesAt: '24:00',
        observesHolidays: false,
        lunchStart: null,
        lunchEnd: null,
        lastTicketMinutes: 0
      }
    });
    const service = await h.db.service.create({
      data: { officeId: office.id, code: 'x', nameKk: 'Х', nameRu: 'Х', prefix: 'X' }
    });
    const window = await h.db.window.create({
      data: { officeId: office.id, number: 1, services: { create: [{ serviceId: service.id }] } }
    });
    const kiosk = await h.db.kiosk.create({ data: { officeId: office.id, code: 'k', nameKk: 'К', nameRu: 'К' } });
    other = { officeId: office.id, windowId: window.id, serviceId: service.id, kioskId: kiosk.id };
  });
  afterAll(() => h?.close());

  it('a specialist of one office cannot take, read or work a window of another', async () => {
    const mine = await h.staffedWindow(41, [h.services.results]);
    expect(await refusal(takeWindow(h.ctx, other.windowId, mine.actor))).toBe('unknown_window');
    expect(await refusal(windowConsole(h.ctx, other.windowId, mine.actor))).toBe('unknown_window');

    // Office B's own specialist serves a visitor who claimed a category there.
    const theirUser = await h.db.user.create({
      data: { login: 'b-spec', fullName: 'B', role: 'specialist', passwordHash: 'x', officeId: other.officeId }
    });
    const theirs = { id: theirUser.id, role: 'specialist', officeIds: [other.officeId] };
    await takeWindow(h.ctx, other.windowId, theirs);
    const { id: ticketId } = await issueTicket(h.ctx, {
      officeCode: 'other',
      serviceId: other.serviceId,
      language: 'kk',
      category: 'DISABILITY'
    });
    const before = await h.db.ticket.findUniqueOrThrow({ where: { id: ticketId } });

    // Office A's specialist, even signed in at nothing in B, gets "no such window" for everything.
    expect(await refusal(callNext(h.ctx, other.windowId, mine.actor))).toBe('unknown_window');
    expect(await refusal(decideCategory(h.ctx, other.windowId, ticketId, 'CONFIRMED', mine.actor))).toBe(
      'unknown_window'
    );
    expect(await refusal(actOnTicket(h.ctx, other.windowId, ticketId, 'finish', mine.actor))).toBe('unknown_window');
    expect(await h.db.ticket.findUniqueOrThrow({ where: { id: ticketId } })).toEqual(before);

    // Tickets of B: no preview, no print info, no reprint for A.
    expect(await refusal(ticketPrintInfo(h.ctx, ticketId, mine.actor))).toBe('unknown_ticket');
    expect(await refusal(ticketPreview(h.ctx, ticketId, 80, 'http://x', mine.actor))).toBe('unknown_ticket');
    expect(await refusal(reprintTicket(h.ctx, ticketId, null, 'http://x', mine.actor))).toBe('unknown_ticket');
    // B's own staff still work normally.
    expect((await windowConsole(h.ctx, other.windowId, theirs)).waiting.map((t) => t.id)).toEqual([ticketId]);
  });

  it('deadlines are computed only for the user’s own offices', async () => {
    const user = { officeIds: [h.office.id] };
    expect(
      await refusal(deadlinesFor(h.db, { office: 'other', receivedAt: '2026-04-01T10:00' }, new Date(), user))
    ).toBe('unknown_office');
  });

  it('an administrator sees and edits only their offices; a new office makes them its member', async () => {
    const admin = await h.db.user.findUniqueOrThrow({ where: { login: 'admin' } });
    const scope = { id: admin.id, officeIds: [h.office.id] };
    const data = await adminData(h.db, scope);
    expect(data.offices.map((o) => o.code)).toEqual(['demo']);
    expect(data.services.every((s) => s.officeId === h.office.id)).toBe(true);
    expect(data.windows.some((w) => w.id === other.windowId)).toBe(false);
    expect(data.kiosks.some((k) => k.id === other.kioskId)).toBe(false);
    expect(data.users.some((u) => u.login === 'b-spec')).toBe(false);

    const service = {
      officeId: other.officeId,
      code: 'y',
      nameKk: 'Й',
      nameRu: 'Й',
      descriptionKk: '',
      descriptionRu: '',
      prefix: 'Y',
      avgServiceMinutes: 5,
      sortOrder: 0,
      active: true
    };
    expect(await refusal(saveService(h.ctx, scope, null, service))).toBe('unknown_office');
    // Moving B's service, window, kiosk or user into A is refused too.
    expect(await refusal(saveService(h.ctx, scope, other.serviceId, { ...service, officeId: h.office.id }))).toBe(
      'bad_request'
    );
    expect(
      await refusal(
        saveWindow(h.ctx, scope, other.windowId, {
          officeId: h.office.id,
          number: 77,
          kind: 'WINDOW',
          active: true,
          serviceIds: []
        })
      )
    ).toBe('bad_request');
    const kiosk = {
      officeId: h.office.id,
      code: 'moved',
      nameKk: 'К',
      nameRu: 'К',
      printerKind: 'NONE' as const,
      printerAddress: '',
      paperWidth: 80 as const,
      printMode: 'RASTER' as const,
      printTimeoutMs: 5000,
      active: true
    };
    expect(await refusal(saveKiosk(h.ctx, scope, other.kioskId, kiosk))).toBe('bad_request');
    const bUser = await h.db.user.findUniqueOrThrow({ where: { login: 'b-spec' } });
    const user = {
      login: 'b-spec',
      fullName: 'B',
      role: 'admin' as const,
      officeId: h.office.id,
      locale: 'kk' as const,
      active: true
    };
    expect(await refusal(saveUser(h.ctx, scope, bUser.id, user))).toBe('bad_request');
    expect(
      await refusal(
        saveOffice(h.ctx, scope, other.officeId, {
          code: 'other',
          nameKk: 'Х',
          nameRu: 'Х',
          timeZone: 'Asia/Almaty',
          workDays: '1',
          opensAt: '09:00',
          closesAt: '18:00',
          lunchStart: null,
          lunchEnd: null,
          lastTicketMinutes: 0,
          observesHolidays: true,
          priorityAgingMinutes: null
        })
      )
    ).toBe('unknown_office');
    expect((await h.db.user.findUniqueOrThrow({ where: { id: bUser.id } })).role).toBe('specialist');
    expect((await h.db.window.findUniqueOrThrow({ where: { id: other.windowId } })).officeId).toBe(other.officeId);

    const created = await saveOffice(h.ctx, scope, null, {
      code: 'third',
      nameKk: 'Үшінші',
      nameRu: 'Третий',
      timeZone: 'Asia/Almaty',
      workDays: '1,2,3,4,5',
      opensAt: '09:00',
      closesAt: '18:00',
      lunchStart: null,
      lunchEnd: null,
      lastTicketMinutes: 0,
      observesHolidays: true,
      priorityAgingMinutes: null
    });
    // The session now carries the new office: the admin may configure it.
    const { token } = await signIn(h.db, 'admin', 'qabyldau', new Date());
    const session = await sessionUser(h.db, token, new Date());
    expect(session?.officeIds.sort()).toEqual([h.office.id, created.id].sort());
  });
});
