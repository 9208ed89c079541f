import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from './generated/sqlite/client';
import { PrismaClient as PgPrismaClient } from './generated/postgresql/client';
import { dbConfig, type DbConfig } from './config';
import { cacheStatements } from './statement-cache';
import type { Database } from 'better-sqlite3';

/**
 * Both generated clients have the same models and methods (one source schema);
 * the SQLite one's type stands for both.
 */
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Plain SQL built in parts (both clients share Prisma's runtime and its template tag). */
export const { sql, join, raw } = Prisma;
export type Sql = Prisma.Sql;

const postgres = new WeakSet<object>();

export async function createDb(config: DbConfig = dbConfig()): Promise<Db> {
  if (config.provider === 'postgresql') {
    const db = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: config.url }) });
    postgres.add(db);
    return db as unknown as Db;
  }
  const adapter = new PrismaBetterSqlite3({ url: config.url });
  // The connection's compiled statements are kept (server/db/statement-cache.ts).
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    cacheStatements((connection as unknown as { client: Database }).client);
    return connection;
  };
  const db = new PrismaClient({ adapter });
  // WAL lets the board's reads run beside the kiosks' writes; FULL sync means a
  // killed server (or a power cut) never loses a ticket that was answered.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$queryRawUnsafe('PRAGMA synchronous = FULL');
  await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
  return db;
}

const KEY = Symbol.for('qabyldau.db');
type Holder = { [KEY]?: Promise<Db> };

/** The process-wide client (one per process, also across dev reloads). */
export function getDb(): Promise<Db> {
  const g = globalThis as Holder;
  g[KEY] ??= createDb();
  return g[KEY]!;
}

/** Transactions wait for each other rather than fail under a burst of kiosks. */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * Makes transactions that name the same keys run one after another, so a check and the count it
 * rests on are one step (sign-in attempts): PostgreSQL's advisory locks, held to the transaction's
 * end, taken in one order; SQLite's driver runs one transaction at a time anyway.
 */
export async function lockKeys(db: Db, tx: Tx, keys: readonly string[]): Promise<void> {
  if (!postgres.has(db)) return;
  for (const key of [...new Set(keys)].sort())
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))::text AS "locked"`;
}
