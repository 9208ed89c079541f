import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveKiosk, saveOffice, saveService } from '../../server/offices/admin';
import { issueTicket } from '../../server/queue/tickets';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/**
 * Issuing reads the office's settings, services and kiosks from a per-process copy
 * (server/offices/config.ts): every admin change must reach the next ticket at once.
 */
describe.each(PROVIDERS)('the cached office configuration (%s)', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  }, 60_000);
  afterAll(async () => h?.close());

  const issue = (extra: object = {}) =>
    issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk', ...extra });

  it('an admin change reaches the next ticket at once', async () => {
    const admin = await h.staff('admin');
    expect((await issue()).ticket.service.nameKk).not.toBe('Жаңа атау');
    const svc = await h.db.service.findUniqueOrThrow({ where: { id: h.services.consultation } });
    const { id: _id, ...body } = svc;
    await saveService(h.ctx, admin, svc.id, { ...body, nameKk: 'Жаңа атау' });
    expect((await issue()).ticket.service.nameKk).toBe('Жаңа атау');
    await saveService(h.ctx, admin, svc.id, { ...body, active: false });
    expect(await refusal(issue())).toBe('service_inactive');
    await saveService(h.ctx, admin, svc.id, body);

    // A kiosk added by the administrator issues at once; a kiosk nobody knows does not.
    expect(await refusal(issue({ kiosk: 'new-kiosk' }))).toBe('unknown_kiosk');
    const kiosk = await saveKiosk(h.ctx, admin, null, {
      officeId: h.office.id,
      code: 'new-kiosk',
      nameKk: 'Жаңа',
      nameRu: 'Новый',
      printerKind: 'NONE',
      printerAddress: '',
      paperWidth: 80,
      printMode: 'RASTER',
      printTimeoutMs: 5000,
      active: true
    });
    expect((await issue({ kiosk: 'new-kiosk' })).kioskId).toBe(kiosk.id);

    // Hours: the demo hall closed on every day refuses the next ticket.
    const office = await h.db.office.findUniqueOrThrow({ where: { id: h.office.id } });
    const hours = {
      code: office.code,
      nameKk: office.nameKk,
      nameRu: office.nameRu,
      timeZone: office.timeZone,
      workDays: office.workDays,
      opensAt: office.opensAt,
      closesAt: office.closesAt,
      lunchStart: office.lunchStart,
      lunchEnd: office.lunchEnd,
      lastTicketMinutes: office.lastTicketMinutes,
      observesHolidays: office.observesHolidays,
      priorityAgingMinutes: office.priorityAgingMinutes
    };
    await saveOffice(h.ctx, admin, office.id, { ...hours, opensAt: '00:00', closesAt: '00:01', lastTicketMinutes: 1 });
    expect(await refusal(issue())).toBe('office_closed');
    await saveOffice(h.ctx, admin, office.id, hours);
    expect((await issue()).created).toBe(true);
  });
});
