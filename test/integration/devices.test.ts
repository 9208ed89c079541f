import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearPending,
  listDevices,
  pairDevice,
  silentDevices,
  unpairDevice,
  updateDevice
} from '../../server/devices/console';
import {
  CODE_TTL_MS,
  MAX_PENDING_PER_OFFICE,
  NEW_SCREENS_PER_ADDRESS,
  SILENT_AFTER_MS
} from '../../server/devices/rules/devices';
import { heartbeat, issuingKiosk, requestPairing, screenAccess } from '../../server/devices/screens';
import { dropOfficeConfig } from '../../server/offices/config';
import { requestHelp } from '../../server/queue/help';
import { issueTicket } from '../../server/queue/tickets';
import { PRINTER_CHECK_MS } from '../../server/printing/kiosk-printing';
import { startVirtualPrinter } from '../../server/printing/virtual-printer';
import { PROVIDERS, refusal, startHarness, type Harness } from './harness';

/**
 * Paired screens (server/devices): a kiosk or board shows a one-time code, the administrator
 * enters it, the screen's cookie token then names it; only paired kiosks issue unless the
 * office is open to unpaired screens, and the kiosk prints on the printer of its pairing.
 */
describe.each(PROVIDERS)('paired kiosks and boards (%s)', (provider) => {
  let h: Harness;
  const t0 = new Date('2026-11-23T05:00:00Z');
  const at = (ms: number) => h.setNow(new Date(t0.getTime() + ms));
  const setOpen = async (openDevices: boolean) => {
    await h.db.office.update({ where: { id: h.office.id }, data: { openDevices } });
    dropOfficeConfig(h.db);
  };
  const issue = (kiosk: string | null) =>
    issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language: 'kk', kiosk });

  beforeAll(async () => {
    h = await startHarness(provider);
    at(0);
  }, 60_000);
  afterAll(async () => h?.close());

  it('a new screen gets a code it keeps across reloads, a new one once it expires; a paired screen works and prints on its pairing', async () => {
    await setOpen(false);
    const first = await requestPairing(h.ctx, 'demo', 'KIOSK', undefined, 'Chromium kiosk', '10.0.0.1');
    expect(first.screen).toMatchObject({ state: 'PENDING', officeCode: 'demo' });
    const code = (first.screen as { code: string }).code;
    expect(code).toMatch(/^\d{6}$/);
    // A reload (the same cookie) shows the same code; no second row.
    const again = await requestPairing(h.ctx, 'demo', 'KIOSK', first.token, 'Chromium kiosk', '10.0.0.1');
    expect(again).toEqual(first);
    expect(await h.db.device.count({ where: { officeId: h.office.id, state: 'PENDING' } })).toBe(1);

    // Unpaired in an office that wants screens paired: no ticket, and the page shows the code.
    expect(await refusal(issuingKiosk(h.ctx, 'demo', first.token))).toBe('device_not_paired');
    expect(await refusal(issuingKiosk(h.ctx, 'demo', undefined))).toBe('device_not_paired');
    expect((await screenAccess(h.ctx, 'demo', 'KIOSK', first.token)).device).toBeNull();

    // The code expires: the same screen (same token) gets a fresh one; the old one pairs nothing.
    at(CODE_TTL_MS + 1000);
    const admin = await h.staff('admin');
    expect(
      await refusal(pairDevice(h.ctx, admin, { code, nameKk: 'Зал киоскі', nameRu: 'Киоск зала', kioskId: null }))
    ).toBe('unknown_pairing_code');
    const renewed = await requestPairing(h.ctx, 'demo', 'KIOSK', first.token, 'Chromium kiosk', '10.0.0.1');
    expect(renewed.token).toBe(first.token);
    const fresh = (renewed.screen as { code: string }).code;
    expect(fresh).not.toBe(code);

    // The administrator types it as read aloud, with a space; the kiosk gets the hall printer.
    const hall = await h.db.kiosk.findFirstOrThrow({ where: { officeId: h.office.id, code: 'hall-1' } });
    const typed = `${fresh.slice(0, 3)} ${fresh.slice(3)}`;
    const paired = await pairDevice(h.ctx, admin, {
      code: typed,
      nameKk: 'Зал киоскі',
      nameRu: 'Киоск зала',
      kioskId: hall.id
    });
    expect(paired.kind).toBe('KIOSK');
    // Twice is refused: the code is spent.
    expect(await refusal(pairDevice(h.ctx, admin, { code: typed, nameKk: 'x', nameRu: 'x', kioskId: null }))).toBe(
      'unknown_pairing_code'
    );

    expect(await heartbeat(h.ctx, 'KIOSK', first.token, 'v-test')).toMatchObject({
      state: 'PAIRED',
      nameKk: 'Зал киоскі'
    });
    expect(await issuingKiosk(h.ctx, 'demo', first.token)).toBe('hall-1');
    const ticket = await issue(await issuingKiosk(h.ctx, 'demo', first.token));
    expect(ticket.kioskId).toBe(hall.id);
    // The same token is no board.
    expect((await screenAccess(h.ctx, 'demo', 'BOARD', first.token)).device).toBeNull();

    // "I need help" names the screen.
    const help = await requestHelp(h.ctx, 'demo', { deviceId: paired.id, language: 'kk' });
    expect(help.kiosk).toEqual({ nameKk: 'Зал киоскі', nameRu: 'Киоск зала' });

    // The console lists it with its version and printer; a rename and a printer change are audited.
    const { devices } = await listDevices(h.ctx, admin);
    expect(devices.find((d) => d.id === paired.id)).toMatchObject({
      kind: 'KIOSK',
      health: 'online',
      version: 'v-test',
      printer: { kind: 'NETWORK' }
    });
    await updateDevice(h.ctx, admin, paired.id, { nameKk: 'Кіреберіс киоскі', nameRu: 'Киоск у входа', kioskId: null });
    expect(await issuingKiosk(h.ctx, 'demo', first.token)).toBeNull();

    // Unpaired: the token stops at once; the next heartbeat tells the screen, which asks for a new code.
    await unpairDevice(h.ctx, admin, paired.id);
    expect((await heartbeat(h.ctx, 'KIOSK', first.token, 'v-test')).state).toBe('UNPAIRED');
    expect(await refusal(issuingKiosk(h.ctx, 'demo', first.token))).toBe('device_not_paired');
    const next = await requestPairing(h.ctx, 'demo', 'KIOSK', first.token, 'Chromium kiosk', '10.0.0.1');
    expect(next.token).not.toBe(first.token);

    const log = await h.db.auditLog.findMany({
      where: { entity: 'Device', entityId: String(paired.id) },
      orderBy: { id: 'asc' }
    });
    expect(log.map((l) => l.action)).toEqual(['admin.device.pair', 'admin.device.update', 'admin.device.unpair']);
    expect(JSON.parse(log[1].detail!).changes).toMatchObject({
      nameKk: ['Зал киоскі', 'Кіреберіс киоскі'],
      kioskId: [hall.id, null]
    });

    // An office open to unpaired screens issues from them, printing nothing.
    await setOpen(true);
    expect(await issuingKiosk(h.ctx, 'demo', undefined)).toBeNull();
    expect(await issuingKiosk(h.ctx, 'demo', 'not-a-token')).toBeNull();
  });

  it('staff are told about a screen silent for a minute, and no more once it reports', async () => {
    at(0);
    const admin = await h.staff('admin');
    const specialist = await h.staff('specialist');
    const board = await requestPairing(h.ctx, 'demo', 'BOARD', undefined, 'board', '10.0.0.1');
    const { id } = await pairDevice(h.ctx, admin, {
      code: (board.screen as { code: string }).code,
      nameKk: 'Зал таблосы',
      nameRu: 'Табло зала',
      kioskId: null
    });
    await heartbeat(h.ctx, 'BOARD', board.token, 'v1');
    at(SILENT_AFTER_MS - 1000);
    expect((await silentDevices(h.ctx, specialist)).map((d) => d.id)).not.toContain(id);
    at(SILENT_AFTER_MS + 1000);
    const silent = await silentDevices(h.ctx, specialist);
    expect(silent.find((d) => d.id === id)).toMatchObject({ kind: 'BOARD', nameKk: 'Зал таблосы' });
    expect((await listDevices(h.ctx, admin)).devices.find((d) => d.id === id)?.health).toBe('silent');
    await heartbeat(h.ctx, 'BOARD', board.token, 'v1');
    expect((await silentDevices(h.ctx, specialist)).map((d) => d.id)).not.toContain(id);
  });

  it("a kiosk's reports have its printer asked how it is, once a minute, without printing anything", async () => {
    at(0);
    const printer = await startVirtualPrinter({ dir: null, behaviour: 'paper-out' });
    try {
      const admin = await h.staff('admin');
      const record = await h.db.kiosk.create({
        data: {
          officeId: h.office.id,
          code: `checked-${provider}`,
          nameKk: 'Тексерілетін',
          nameRu: 'Проверяемый',
          printerKind: 'NETWORK',
          printerAddress: `127.0.0.1:${printer.port}`
        }
      });
      const screen = await requestPairing(h.ctx, 'demo', 'KIOSK', undefined, 'kiosk', '10.0.0.1');
      const { id } = await pairDevice(h.ctx, admin, {
        code: (screen.screen as { code: string }).code,
        nameKk: 'Киоск',
        nameRu: 'Киоск',
        kioskId: record.id
      });
      const state = async () => (await h.db.kiosk.findUniqueOrThrow({ where: { id: record.id } })).printerStatus;
      const settled = async (want: string) => {
        for (let i = 0; i < 100 && (await state()) !== want; i++) await new Promise((r) => setTimeout(r, 50));
        return state();
      };
      expect(await state()).toBe('UNKNOWN');
      await heartbeat(h.ctx, 'KIOSK', screen.token, 'v1');
      expect(await settled('paper_out')).toBe('paper_out');
      expect((await listDevices(h.ctx, admin)).devices.find((d) => d.id === id)?.printer).toMatchObject({
        status: 'paper_out'
      });
      // Paper loaded: the next report within the minute does not ask again; the one after does.
      printer.setBehaviour('ok');
      at(PRINTER_CHECK_MS / 2);
      await heartbeat(h.ctx, 'KIOSK', screen.token, 'v1');
      await new Promise((r) => setTimeout(r, 300));
      expect(await state()).toBe('paper_out');
      at(PRINTER_CHECK_MS + 1000);
      await heartbeat(h.ctx, 'KIOSK', screen.token, 'v1');
      expect(await settled('OK')).toBe('OK');
      // Asking is no job: nothing was printed.
      expect(printer.jobs).toEqual([]);
    } finally {
      await printer.close();
    }
  });

  it('other offices neither see nor pair these screens; unpaired screens are bounded', async () => {
    at(0);
    const other = await h.db.office.create({ data: { code: `other-${provider}`, nameKk: 'Басқа', nameRu: 'Другое' } });
    const stranger = await h.staff('admin', other.id);
    const screen = await requestPairing(h.ctx, 'demo', 'KIOSK', undefined, 'kiosk', '10.0.0.1');
    const code = (screen.screen as { code: string }).code;
    expect(await refusal(pairDevice(h.ctx, stranger, { code, nameKk: 'x', nameRu: 'x', kioskId: null }))).toBe(
      'unknown_pairing_code'
    );
    const admin = await h.staff('admin');
    const { id } = await pairDevice(h.ctx, admin, { code, nameKk: 'Киоск', nameRu: 'Киоск', kioskId: null });
    expect((await listDevices(h.ctx, stranger)).devices).toEqual([]);
    expect(await silentDevices(h.ctx, stranger)).toEqual([]);
    expect(await refusal(unpairDevice(h.ctx, stranger, id))).toBe('unknown_device');
    expect(await refusal(updateDevice(h.ctx, stranger, id, { nameKk: 'x', nameRu: 'x', kioskId: null }))).toBe(
      'unknown_device'
    );
    // A kiosk record of another office is no printer for this screen.
    const theirs = await h.db.kiosk.create({
      data: { officeId: other.id, code: 'their-kiosk', nameKk: 'x', nameRu: 'x' }
    });
    expect(await refusal(updateDevice(h.ctx, admin, id, { nameKk: 'x', nameRu: 'x', kioskId: theirs.id }))).toBe(
      'unknown_kiosk'
    );

    // Anonymous pairing requests cost a row each. One address gets a hall's worth of new screens,
    // then waits (issue 22); others go on.
    for (let i = 0; i < NEW_SCREENS_PER_ADDRESS.burst; i++)
      await requestPairing(h.ctx, other.code, 'BOARD', undefined, 'flood', '10.9.9.9');
    expect(await refusal(requestPairing(h.ctx, other.code, 'BOARD', undefined, 'flood', '10.9.9.9'))).toBe(
      'pairing_busy'
    );
    // An office takes only so many live codes at once, whoever asks.
    const waiting = await h.db.device.count({ where: { officeId: other.id, state: 'PENDING' } });
    for (let i = waiting; i < MAX_PENDING_PER_OFFICE; i++)
      await requestPairing(h.ctx, other.code, 'BOARD', undefined, 'flood', `10.8.0.${i}`);
    expect(await refusal(requestPairing(h.ctx, other.code, 'BOARD', undefined, 'flood', '10.7.0.1'))).toBe(
      'pairing_busy'
    );
    // Expired codes hold no place: once they lapse a new screen gets one.
    at(11 * 60_000);
    await requestPairing(h.ctx, other.code, 'BOARD', undefined, 'real screen', '10.7.0.2');
    // The administrator sees the codes shown and clears them all; the audit says how many.
    const theirAdmin = await h.staff('admin', other.id);
    expect((await listDevices(h.ctx, theirAdmin)).pending).toBe(1);
    expect(await refusal(clearPending(h.ctx, theirAdmin, h.office.id))).toBe('unknown_office');
    expect(await clearPending(h.ctx, theirAdmin, other.id)).toEqual({ cleared: MAX_PENDING_PER_OFFICE + 1 });
    expect(await h.db.device.count({ where: { officeId: other.id, state: 'PENDING' } })).toBe(0);
    const entry = await h.db.auditLog.findFirstOrThrow({ where: { action: 'admin.device.clear_pending' } });
    expect(JSON.parse(entry.detail ?? '{}')).toEqual({ count: MAX_PENDING_PER_OFFICE + 1 });
    // …and rows nobody answered are forgotten after a day.
    await requestPairing(h.ctx, other.code, 'BOARD', undefined, 'flood', '10.7.0.3');
    at(86_400_000 + 11 * 60_000 + 1000);
    await requestPairing(h.ctx, other.code, 'BOARD', undefined, 'next day', '10.7.0.4');
    expect(await h.db.device.count({ where: { officeId: other.id, state: 'PENDING' } })).toBe(1);
  });
});
