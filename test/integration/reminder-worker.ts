/**
 * A separate server process's reminder loop, for the restart and two-process tests:
 *   node --import tsx reminder-worker.ts   (DATABASE_URL and NOW=ISO instant in the environment)
 * Prints "pass" after every sweep.
 */
import { createDb } from '../../server/db/client';
import { dbConfig } from '../../server/db/config';
import { sweepReminders } from '../../server/control/reminders';

const db = await createDb(dbConfig());
const now = new Date(process.env.NOW!);
const ctx = { db, now: () => now, publish: () => {} };
for (;;) {
  const r = await sweepReminders(ctx);
  process.stdout.write(`pass ${r.fired} ${r.skipped}\n`);
  await new Promise((res) => setTimeout(res, 100));
}
