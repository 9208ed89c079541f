import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { decodeEscPos } from '../../server/printing/decode';
import { bitmapToRgba, renderTicket } from '../../server/printing/render';
import { startVirtualPrinter, type VirtualPrinter } from '../../server/printing/virtual-printer';
import { printAtKiosk, printForIssue } from '../../server/queue/ticket-printing';
import { dropOfficeConfig } from '../../server/offices/config';
import { issueTicket } from '../../server/queue/tickets';
import { ticketView } from '../../server/queue/ticket-view';
import type { QueueEvent } from '../../server/realtime/contract';
import { startHarness, type Harness } from './harness';

const BASE = 'http://kiosk.test';

/** A port nobody listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

// Printing is the same on both databases; SQLite is enough here.
describe('printing a ticket at a kiosk', () => {
  let h: Harness;
  let printer: VirtualPrinter;
  const events: QueueEvent[] = [];
  beforeAll(async () => {
    h = await startHarness('sqlite');
    printer = await startVirtualPrinter();
    const publish = h.ctx.publish;
    h.ctx.publish = (e) => {
      events.push(e);
      publish(e);
    };
  });
  afterAll(async () => {
    await printer?.close();
    await h?.close();
  });

  async function kioskWith(printerKind: string, printerAddress: string, extra: Record<string, unknown> = {}) {
    const code = `k${Math.random().toString(36).slice(2, 8)}`;
    return h.db.kiosk.create({
      data: { officeId: h.office.id, code, nameKk: code, nameRu: code, printerKind, printerAddress, ...extra }
    });
  }
  const issue = (kiosk: string, language: 'kk' | 'ru' = 'kk') =>
    issueTicket(h.ctx, { officeCode: 'demo', serviceId: h.services.consultation, language, kiosk });

  it('sends the ticket over TCP; the decoded raster is the rendering and the QR reads back as the ticket URL', async () => {
    const kiosk = await kioskWith('NETWORK', `127.0.0.1:${printer.port}`);
    const { id, kioskId, ticket } = await issue(kiosk.code);
    const job = printer.nextJob();
    expect(await printAtKiosk(h.ctx, id, kioskId, BASE)).toEqual({ status: 'printed' });
    const { decoded } = await job;
    const expected = renderTicket(await ticketView(h.db, ticket.token, h.ctx.now()), `${BASE}/t/${ticket.token}`, 80);
    expect(decoded.bitmap!.width).toBe(576);
    expect(Buffer.from(decoded.bitmap!.dots).equals(Buffer.from(expected.dots))).toBe(true);
    expect(decoded.cuts).toBe(1);
    expect(jsQR(bitmapToRgba(decoded.bitmap!), decoded.bitmap!.width, decoded.bitmap!.height)?.data).toBe(
      `${BASE}/t/${ticket.token}`
    );
    const row = await h.db.ticket.findUniqueOrThrow({ where: { id } });
    expect(row.printStatus).toBe('PRINTED');
    expect((await h.db.kiosk.findUniqueOrThrow({ where: { id: kiosk.id } })).printerStatus).toBe('OK');
    expect(events.at(-1)).toMatchObject({ type: 'ticket.printed', ticket: { code: ticket.code } });
  });

  it('prints 58 mm and KZ-1048 text where the kiosk says so', async () => {
    const narrow = await kioskWith('NETWORK', `127.0.0.1:${printer.port}`, { paperWidth: 58 });
    const a = await issue(narrow.code);
    let job = printer.nextJob();
    await printAtKiosk(h.ctx, a.id, a.kioskId, BASE);
    expect((await job).decoded.bitmap!.width).toBe(384);

    const text = await kioskWith('NETWORK', `127.0.0.1:${printer.port}`, { printMode: 'TEXT_KZ1048' });
    const b = await issue(text.code);
    job = printer.nextJob();
    await printAtKiosk(h.ctx, b.id, b.kioskId, BASE);
    const { decoded } = await job;
    expect(decoded.bitmap).toBeNull();
    expect(decoded.codepages).toContain(53);
    expect(decoded.qrcodes).toEqual([`${BASE}/t/${b.ticket.token}`]);
  });

  it.each([
    [
      'a printer that refuses the connection',
      'unreachable',
      async () => ({ address: `127.0.0.1:${await closedPort()}` })
    ],
    [
      'a printer that hangs past the timeout',
      'timeout',
      async () => (printer.setBehaviour('hang'), { address: `127.0.0.1:${printer.port}` })
    ],
    [
      'a printer that closes the connection mid-job',
      'closed',
      async () => (printer.setBehaviour('close-mid-job'), { address: `127.0.0.1:${printer.port}` })
    ],
    [
      'a printer out of paper',
      'paper_out',
      async () => (printer.setBehaviour('paper-out'), { address: `127.0.0.1:${printer.port}` })
    ]
  ] as const)(
    '%s: the ticket is kept and queued, the fault recorded, and a reprint works',
    async (_what, fault, setup) => {
      const { address } = await setup();
      const kiosk = await kioskWith('NETWORK', address, { printTimeoutMs: 500 });
      const { id, kioskId, ticket } = await issue(kiosk.code, 'ru');
      expect(await printAtKiosk(h.ctx, id, kioskId, BASE)).toEqual({ status: 'failed', fault });
      printer.setBehaviour('ok');

      const row = await h.db.ticket.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'WAITING', printStatus: 'FAILED', printError: fault });
      expect(await h.db.kiosk.findUniqueOrThrow({ where: { id: kiosk.id } })).toMatchObject({ printerStatus: fault });
      expect(events.at(-1)).toMatchObject({ type: 'ticket.print_failed', ticket: { code: ticket.code } });

      // The printer is fixed (or staff pick a working one): the reprint comes out.
      await h.db.kiosk.update({ where: { id: kiosk.id }, data: { printerAddress: `127.0.0.1:${printer.port}` } });
      dropOfficeConfig(h.db); // written here behind the admin service's back
      const job = printer.nextJob();
      expect(await printAtKiosk(h.ctx, id, kioskId, BASE, 1)).toEqual({ status: 'printed' });
      expect((await job).decoded.bitmap).not.toBeNull();
      expect(await h.db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
        printStatus: 'PRINTED',
        printError: null
      });
    }
  );

  it('writes to a device file, and reports a missing device', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-'));
    // The operator allows this test's folder as printer devices (never the web admin).
    process.env.QABYLDAU_PRINTER_DEVICES = `/dev/usb/lp*,${tmpdir()}/lp-*/**`;
    const device = await kioskWith('DEVICE', join(dir, 'lp0'));
    const a = await issue(device.code);
    // A plain file takes the bytes but cannot answer the status query: there is none for devices.
    expect(await printAtKiosk(h.ctx, a.id, a.kioskId, BASE)).toEqual({ status: 'printed' });
    expect(decodeEscPos(new Uint8Array(readFileSync(join(dir, 'lp0')))).bitmap?.width).toBe(576);

    const missing = await kioskWith('DEVICE', join(dir, 'no-such-dir', 'lp0'));
    const b = await issue(missing.code);
    expect(await printAtKiosk(h.ctx, b.id, b.kioskId, BASE)).toEqual({ status: 'failed', fault: 'unreachable' });
  });

  it('a kiosk without a printer prints nothing and records nothing', async () => {
    const none = await kioskWith('NONE', '');
    const { id, kioskId } = await issue(none.code);
    expect(await printAtKiosk(h.ctx, id, kioskId, BASE)).toEqual({ status: 'none' });
    expect((await h.db.ticket.findUniqueOrThrow({ where: { id } })).printStatus).toBeNull();
  });
});

describe('a retried kiosk request whose ticket never printed', () => {
  let h: Harness;
  let printer: VirtualPrinter;
  beforeAll(async () => {
    h = await startHarness('sqlite');
    printer = await startVirtualPrinter();
  });
  afterAll(async () => {
    await printer?.close();
    await h?.close();
  });

  it('prints on the retry; a printed one is not printed twice; a failed one says so again', async () => {
    const kiosk = await h.db.kiosk.create({
      data: {
        officeId: h.office.id,
        code: 'retry',
        nameKk: 'R',
        nameRu: 'R',
        printerKind: 'NETWORK',
        printerAddress: `127.0.0.1:${printer.port}`
      }
    });
    const req = {
      officeCode: 'demo',
      serviceId: h.services.consultation,
      language: 'kk' as const,
      kiosk: kiosk.code,
      idempotencyKey: 'retry-after-crash-1'
    };
    // The server committed the ticket and died before printing or answering.
    await issueTicket(h.ctx, req);
    const retry = await issueTicket(h.ctx, req);
    expect(retry.created).toBe(false);
    const job = printer.nextJob();
    expect(await printForIssue(h.ctx, retry, BASE)).toEqual({ status: 'printed' });
    expect((await job).decoded.cuts).toBe(1);
    expect(await printForIssue(h.ctx, retry, BASE)).toEqual({ status: 'skipped' });
    await h.db.ticket.update({ where: { id: retry.id }, data: { printStatus: 'FAILED', printError: 'paper_out' } });
    expect(await printForIssue(h.ctx, retry, BASE)).toEqual({ status: 'failed', fault: 'paper_out' });
  });
});
