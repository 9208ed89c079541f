/**
 * Writes docs/tickets/ticket-{kk,ru}.png: a sample ticket sent as ESC/POS over TCP to the
 * virtual printer and rebuilt from the bytes it received — what the paper shows.
 *   tsx scripts/ticket-samples.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { printTicket } from '../server/printing';
import { bitmapToPng } from '../server/printing/render';
import { SAMPLE_URL, sampleTicket } from '../server/printing/sample';
import { startVirtualPrinter } from '../server/printing/virtual-printer';

const printer = await startVirtualPrinter();
mkdirSync('docs/tickets', { recursive: true });
for (const language of ['kk', 'ru'] as const) {
  const job = printer.nextJob();
  await printTicket(sampleTicket(language), SAMPLE_URL, {
    target: { kind: 'network', host: '127.0.0.1', port: printer.port },
    paper: 80,
    mode: 'RASTER',
    timeoutMs: 5000
  });
  const { decoded, bytes } = await job;
  writeFileSync(`docs/tickets/ticket-${language}.png`, bitmapToPng(decoded.bitmap!));
  console.log(`docs/tickets/ticket-${language}.png from ${bytes.length} bytes`);
}
await printer.close();
