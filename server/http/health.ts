import { readFileSync } from 'node:fs';
import { getDb } from '../db/client';
import { dbConfig } from '../db/config';

/** The running version (package.json in the working directory, as every start script has it). */
export const VERSION: string = (() => {
  try {
    return JSON.parse(readFileSync('package.json', 'utf8')).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();
const started = Date.now();

/**
 * What the health endpoint says: the app answers, and the database answers within a second.
 * No office data, nothing personal: it is public, for probes.
 */
export async function health(): Promise<{
  status: 'ok' | 'failing';
  database: 'ok' | 'failing';
  provider: string;
  version: string;
  uptimeSeconds: number;
}> {
  let database: 'ok' | 'failing' = 'failing';
  try {
    const db = await getDb();
    await Promise.race([
      db.$queryRawUnsafe('SELECT 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref())
    ]);
    database = 'ok';
  } catch (err) {
    console.error('health: database', (err as Error).message);
  }
  return {
    status: database,
    database,
    provider: dbConfig().provider,
    version: VERSION,
    uptimeSeconds: Math.round((Date.now() - started) / 1000)
  };
}
