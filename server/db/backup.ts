import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { DbConfig } from './config';

/**
 * Online backups of the SQLite database with `VACUUM INTO`: one read transaction copies a
 * consistent, compacted snapshot while kiosks keep writing (WAL: readers never block writers).
 * Not the backup API: it starts over whenever another connection writes (SQLite documents
 * this), so under a steady stream of tickets it may never finish. The copy runs in a worker thread, so the hall's
 * requests are not held behind it; it is checked with `PRAGMA integrity_check` before it counts,
 * written under a temporary name and renamed, so a half-written file is never a backup.
 * PostgreSQL is backed up with its own tools (pg_dump, docs/operations.md).
 */

const PREFIX = 'qabyldau-';
const SUFFIX = '.db';

export interface BackupSettings {
  dir: string;
  everyHours: number;
  keep: number;
}

export function sqlitePath(config: DbConfig): string | null {
  if (config.provider !== 'sqlite' || config.url === ':memory:') return null;
  return config.url.replace(/^file:/, '');
}

/** From the environment: QABYLDAU_BACKUP_DIR (beside the database), _EVERY_HOURS (24; 0 = off), _KEEP (14). */
export function backupSettings(dbFile: string, env: Record<string, string | undefined> = process.env): BackupSettings {
  const num = (v: string | undefined, fallback: number) =>
    v !== undefined && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : fallback;
  return {
    dir: env.QABYLDAU_BACKUP_DIR?.trim() || join(dirname(dbFile), 'backups'),
    everyHours: num(env.QABYLDAU_BACKUP_EVERY_HOURS, 24),
    keep: Math.max(1, Math.floor(num(env.QABYLDAU_BACKUP_KEEP, 14)))
  };
}

/** qabyldau-2026-11-22T153000Z.db: sorts by time as text. */
export function backupName(at: Date): string {
  return `${PREFIX}${at
    .toISOString()
    .replace(/[:-]/g, '')
    .replace(/\.\d+Z$/, 'Z')}${SUFFIX}`;
}

export function integrityOk(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.length === 1 && rows[0].integrity_check === 'ok';
  } finally {
    db.close();
  }
}

// Plain CommonJS evaluated in the worker: no TypeScript loader is needed there.
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.source, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 10000');
  db.prepare('VACUUM INTO ?').run(workerData.target);
} finally {
  db.close();
}
parentPort.postMessage('done');
`;

function inWorker(source: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { source, target } });
    w.once('message', () => resolve());
    w.once('error', reject);
    w.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`backup worker exited with ${code}`))));
  });
}

/** Backups in a folder, newest first. */
export function listBackups(dir: string): Array<{ file: string; size: number }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX))
    .sort()
    .reverse()
    .map((f) => ({ file: join(dir, f), size: statSync(join(dir, f)).size }));
}

/** Takes one backup, checks it, then keeps only the newest `keep`. Returns the new file. */
export async function backupNow(
  dbFile: string,
  settings: Pick<BackupSettings, 'dir' | 'keep'>,
  at = new Date()
): Promise<string> {
  mkdirSync(settings.dir, { recursive: true });
  const target = join(settings.dir, backupName(at));
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  await inWorker(dbFile, partial);
  if (!integrityOk(partial)) {
    rmSync(partial, { force: true });
    throw new Error(`backup ${basename(target)} failed its integrity check`);
  }
  renameSync(partial, target);
  for (const old of listBackups(settings.dir).slice(settings.keep)) rmSync(old.file, { force: true });
  return target;
}

/**
 * Puts a backup in place of the database (the server must be stopped). The current database is
 * kept beside it as <name>.before-restore-<time>, and its WAL files are moved with it, so
 * nothing of theirs is replayed into the restored file.
 */
export function restoreBackup(backupFile: string, dbFile: string, at = new Date()): { previous: string | null } {
  if (!integrityOk(backupFile)) throw new Error(`${backupFile} is not a sound SQLite database`);
  let previous: string | null = null;
  let owner: { uid: number; gid: number; mode: number } | null = null;
  if (existsSync(dbFile)) {
    // A server still writing would go on writing into the renamed file, and what it acknowledged
    // after the restore would be lost at its next start (issue 22).
    if (!closedEverywhere(dbFile))
      throw new Error(`${dbFile} is open in a running server: stop it first (systemctl stop qabyldau), then restore`);
    const st = statSync(dbFile);
    owner = { uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 };
    previous = `${dbFile}.before-restore-${backupName(at).slice(PREFIX.length, -SUFFIX.length)}`;
    for (const ext of ['', '-wal', '-shm']) if (existsSync(dbFile + ext)) renameSync(dbFile + ext, previous + ext);
  }
  mkdirSync(dirname(dbFile), { recursive: true });
  copyFileSync(backupFile, dbFile);
  // The restored file belongs to whoever owned the one it replaces (the service's own user), with
  // its mode, even when root ran the restore: else the service could not write it.
  if (owner) {
    chmodSync(dbFile, owner.mode);
    if (process.getuid?.() === 0) chownSync(dbFile, owner.uid, owner.gid);
  }
  return { previous };
}

/**
 * Whether no other connection has the database open. The server keeps it in WAL mode, which
 * SQLite leaves only when no other connection is open: asking to leave it answers that (and, when
 * nobody has it open, checkpoints the WAL into the file that is about to be set aside).
 */
function closedEverywhere(dbFile: string): boolean {
  const db = new Database(dbFile, { fileMustExist: true, timeout: 0 });
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * The schedule inside the server process: every N hours, counted from the newest backup, so
 * a server restarted often (or after a long stop) still backs up on time; never in the first
 * minute, while kiosks reconnect.
 */
export function startBackups(
  dbFile: string,
  settings: BackupSettings,
  log: (line: string) => void = console.log
): (() => void) | null {
  if (settings.everyHours <= 0) return null;
  const period = settings.everyHours * 3_600_000;
  let timer: NodeJS.Timeout;
  const schedule = () => {
    const newest = listBackups(settings.dir)[0];
    const age = newest ? Date.now() - statSync(newest.file).mtimeMs : Infinity;
    timer = setTimeout(run, Math.max(60_000, period - age)).unref();
  };
  const run = () =>
    backupNow(dbFile, settings)
      .then(
        (file) => log(`backup written: ${file}`),
        (err: Error) => console.error(`backup failed: ${err.message}`)
      )
      .finally(schedule);
  schedule();
  return () => clearTimeout(timer);
}
