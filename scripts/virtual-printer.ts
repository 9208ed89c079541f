/**
 * A network receipt printer in software (server/printing/virtual-printer.ts), from the command line:
 *   npm run virtual-printer -- [--port 9100] [--host 127.0.0.1] [--dir data/printed]
 */
import { resolve } from 'node:path';
import { startVirtualPrinter } from '../server/printing/virtual-printer';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', 'data/printed');
const printer = await startVirtualPrinter({ port: Number(arg('port', '9100')), host: arg('host', '127.0.0.1'), dir });
console.log(`virtual printer on ${arg('host', '127.0.0.1')}:${printer.port}, saving tickets to ${resolve(dir)}`);
printer.events.on('job', (job) => console.log(`printed ${job.bytes.length} bytes${job.file ? ` → ${job.file}` : ''}`));
