/**
 * Backups of the SQLite database by hand (the server also takes them on a schedule):
 *   npm run backup                       take one now (the server may be running)
 *   npm run backup -- --list             the backups, newest first
 *   npm run backup -- --restore FILE     put FILE in place of the database (refused while a server has it
 *                                        open; the restored file keeps the owner and mode of the old one)
 * DATABASE_URL and QABYLDAU_BACKUP_* as the server reads them (docs/operations.md).
 */
import { backupNow, backupSettings, listBackups, restoreBackup, sqlitePath } from '../server/db/backup';
import { dbConfig } from '../server/db/config';

const dbFile = sqlitePath(dbConfig());
if (!dbFile) {
  console.error('DATABASE_URL names PostgreSQL: back it up with pg_dump (docs/operations.md)');
  process.exit(2);
}
const settings = backupSettings(dbFile);
const args = process.argv.slice(2);
const restore = args.indexOf('--restore');
if (restore >= 0) {
  const file = args[restore + 1];
  if (!file) {
    console.error('--restore needs the backup file');
    process.exit(2);
  }
  let previous: string | null;
  try {
    ({ previous } = restoreBackup(file, dbFile));
  } catch (err) {
    console.error(`not restored: ${(err as Error).message}`);
    process.exit(1);
  }
  console.log(`restored ${file} → ${dbFile}${previous ? ` (the previous database kept as ${previous})` : ''}`);
  console.log('start the server: it applies any newer migrations to the restored database');
} else if (args.includes('--list')) {
  for (const b of listBackups(settings.dir)) console.log(`${b.file}\t${(b.size / 1048576).toFixed(1)} MB`);
} else {
  console.log(`backup written: ${await backupNow(dbFile, settings)}`);
}
