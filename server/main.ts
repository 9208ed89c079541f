/**
 * Production entry: one HTTP server carries SvelteKit (adapter-node's handler)
 * and socket.io. Applies pending migrations and seeds the known years of the
 * working-day calendar first, so a new version starts on an up-to-date database.
 *
 *   tsx server/main.ts [--demo] [--migrate-only]
 *     --demo          seed the demo office if it is missing (its users share a published
 *                     password: never on a production database)
 *     --migrate-only  prepare the database and exit (used by `npm run dev`)
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedCalendar } from '../prisma/calendar-kz';
import { deploy } from '../prisma/migrate';
import { seedReceptionDemo } from '../prisma/seed-reception';
import { seedControlDemo } from '../prisma/seed-control';
import { seedHallHistory } from '../prisma/seed-history';
import {
  DEMO_KIOSK,
  DEMO_OFFICE,
  DEMO_PASSWORD,
  DEMO_PRINTER_PORT,
  DEMO_USERS,
  demoPasswordInUse,
  seedDemo
} from '../prisma/seed';
import { startVirtualPrinter } from './printing';
import { createDb } from './db/client';
import { backupSettings, sqlitePath, startBackups } from './db/backup';
import { dbConfig } from './db/config';
import { createAppServer, type RequestHandler } from './http/server';
import { setIo } from './realtime/io';
import { shareThroughPostgres } from './realtime/cluster';
import { formatCode, prepareSetup } from './auth/setup';

const args = new Set(process.argv.slice(2));
const config = dbConfig();

const applied = await deploy(config);
console.log(`database (${config.provider}): ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
{
  const db = await createDb(config);
  const years = await seedCalendar(db);
  if (years.length) console.log(`working-day calendar seeded for ${years.join(', ')}`);
  if (args.has('--demo') && (await seedDemo(db))) console.log(`demo office "${DEMO_OFFICE}" seeded`);
  if (args.has('--demo') && (await seedReceptionDemo(db)))
    console.log('demo personal reception seeded: officials, schedule, applications');
  if (args.has('--demo') && (await seedControlDemo(db)))
    console.log('demo control of execution seeded: units, protocols, assignments');
  if (args.has('--demo') && (await seedHallHistory(db)))
    console.log('demo hall history seeded: ninety days of tickets');
  // Production: no user and no published password; the first administrator comes from /setup.
  const code = await prepareSetup(db, new Date());
  if (code)
    console.log(`no users yet: create the first administrator at /setup with the one-time code ${formatCode(code)}`);
  if (!args.has('--demo') && (await demoPasswordInUse(db)))
    console.warn(
      'WARNING: demo users with the published demo password exist in this database; deactivate them or change their passwords'
    );
  await db.$disconnect();
}
if (args.has('--migrate-only')) process.exit(0);

// The demo kiosk's printer: a virtual one that saves each ticket as a PNG.
if (args.has('--demo')) {
  try {
    const printer = await startVirtualPrinter({ port: DEMO_PRINTER_PORT, dir: 'data/printed' });
    printer.events.on('job', (job) => job.file && console.log(`ticket printed → ${job.file}`));
    console.log(`virtual printer on 127.0.0.1:${DEMO_PRINTER_PORT} (tickets saved in data/printed/)`);
  } catch (e) {
    console.log(`virtual printer not started (${(e as Error).message}): is one already running?`);
  }
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// adapter-node reads the protocol from this header; createAppServer sets it to http unless
// a TLS proxy in front says https. ORIGIN, when set, still wins.
process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
// Room for the largest upload (a 10 MB control document); each route refuses more than its own
// limit. adapter-node's default of 512 KB would refuse a voice clip or a scanned report.
process.env.BODY_SIZE_LIMIT ??= '11M';
let app: RequestHandler = (_req, res) => res.writeHead(503).end();
const { httpServer, io } = createAppServer((req, res) => app(req, res));
// On PostgreSQL any number of processes may serve one office: they share board rooms and cache
// drops through the database (server/realtime/cluster.ts, docs/operations.md).
if (config.provider === 'postgresql') await shareThroughPostgres(io, config.url);
// The socket.io server must exist before the bundle loads: it attaches its handlers then
// (src/hooks.server.ts).
setIo(io);
app = (await import(pathToFileURL(resolve('build/handler.js')).href)).handler;
// A failure in a background task is logged; it never ends the process of a whole hall.
process.on('unhandledRejection', (reason) =>
  console.error('unhandled rejection:', reason instanceof Error ? reason.message : reason)
);

// Scheduled online backups of a SQLite database (PostgreSQL: pg_dump, docs/operations.md).
const dbFile = sqlitePath(config);
if (dbFile) {
  const backups = backupSettings(dbFile);
  if (startBackups(dbFile, backups))
    console.log(`backups every ${backups.everyHours} h into ${backups.dir} (the newest ${backups.keep} kept)`);
}

httpServer.listen(port, host, () => {
  const base = `http://localhost:${port}`;
  console.log(`Qabyldau is running on ${base}`);
  if (args.has('--demo')) {
    console.log(
      `  kiosk    ${base}/kiosk/${DEMO_OFFICE}   (works unpaired in the demo; to print, open ${base}/kiosk/${DEMO_OFFICE}?pair`
    );
    console.log(
      `           and pair it in staff → Құрылғылар / Устройства with the printer «Зал, 1-киоск» (${DEMO_KIOSK}))`
    );
    console.log(`  board    ${base}/display/${DEMO_OFFICE}`);
    console.log(`  schedule ${base}/schedule/${DEMO_OFFICE}   (the published reception schedule)`);
    console.log(
      `  staff    ${base}/staff   (logins: ${DEMO_USERS.map((u) => u.login).join(', ')}; password "${DEMO_PASSWORD}")`
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    io.close();
    httpServer.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
