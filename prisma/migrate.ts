/**
 * Migrations without Prisma's binary schema engine (it cannot be downloaded on
 * an offline machine): the same engine as WebAssembly, driven through the
 * driver adapters. Folder layout and the _prisma_migrations table are Prisma's
 * own, so `prisma migrate deploy` on a machine with the binary stays compatible.
 *
 * The server applies pending migrations at every start (deploy); scripts/migrate.ts is the
 * command line (`npm run migrate:create NAME`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { dbConfig, type Provider } from '../server/db/config';
import { MIGRATIONS_DIR, schemaText } from './schemas';

const require = createRequire(import.meta.url);
// The engine reports Rust panics through this global; without it the real message is lost.
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => console.error(`schema engine panic: ${message}`)
};
const NO_FILTERS = { externalTables: [], externalEnums: [] };

// The wasm-bindgen glue imports its .wasm file, which Node cannot load: instantiate by hand,
// once per process (a second instance under the same glue module corrupts it).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the wasm glue ships no types
let engineClass: Promise<any> | undefined;
function loadEngine() {
  engineClass ??= instantiateEngine();
  return engineClass;
}
async function instantiateEngine() {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(bgPath);
  const wasm = readFileSync(join(dirname(bgPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg.SchemaEngine;
}

type Disposable = { dispose(): Promise<void> };

/**
 * The engine never closes the connections it opens; left open, SQLite's stays
 * locked for the app. So hand it a factory that remembers them, to close after.
 */
function trackedAdapterFactory(provider: Provider, url: string, opened: Disposable[]) {
  const base = provider === 'sqlite' ? new PrismaBetterSqlite3({ url }) : new PrismaPg({ connectionString: url });
  const track = async <A extends Disposable>(a: Promise<A>) => {
    const adapter = await a;
    opened.push(adapter);
    if (provider === 'sqlite') scriptAwareExecuteRaw(adapter as never);
    else charAsText(adapter as never);
    return adapter;
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => track(base.connect()),
    connectToShadowDb: () => track(base.connectToShadowDb())
  };
}

/**
 * When diffing against the migration history the engine replays each migration file on
 * the shadow database through executeRaw, which better-sqlite3 refuses for more than one
 * statement. Such a call carries no parameters: run it as a script instead.
 */
function scriptAwareExecuteRaw(adapter: {
  executeRaw(q: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(sql: string): Promise<void>;
}) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (q) => {
    try {
      return await executeRaw(q);
    } catch (e) {
      if (!(e instanceof RangeError) || q.args.length > 0 || !/more than one statement/.test(e.message)) throw e;
      await adapter.executeScript(q.sql);
      return 0;
    }
  };
}

/**
 * Describing a PostgreSQL schema (to diff it) reads catalog columns of type "char"
 * (oid 18), which the pg adapter does not map. pg already returns them as strings:
 * report them as text.
 */
function charAsText(adapter: { performIO(q: unknown): Promise<{ fields: Array<{ dataTypeID: number }> }> }) {
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (q) => {
    const result = await performIO(q);
    for (const f of result.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return result;
  };
}

async function openEngine(provider: Provider, url: string) {
  const SchemaEngine = await loadEngine();
  const files = [{ path: 'schema.prisma', content: schemaText(provider) }];
  const opened: Disposable[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    process.env.MIGRATE_DEBUG ? (log: string) => console.error(log) : () => {},
    bindMigrationAwareSqlAdapterFactory(trackedAdapterFactory(provider, url, opened) as never)
  );
  const close = async () => {
    engine.free?.();
    for (const a of opened) await a.dispose().catch(() => {});
  };
  return { engine, files, close };
}

function migrationList(provider: Provider) {
  const baseDir = MIGRATIONS_DIR[provider];
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(join(baseDir, name, 'migration.sql'), 'utf8') }
      }
    }))
  };
}

/** Applies pending migrations; returns the names applied. */
export async function deploy(config = dbConfig()): Promise<string[]> {
  const { engine, close } = await openEngine(config.provider, config.url);
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationList(config.provider), filters: NO_FILTERS });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

export async function create(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('migration name: lower-case letters, digits and _');
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const provider of ['sqlite', 'postgresql'] as const) {
    const list = migrationList(provider);
    const scratch = provider === 'sqlite' ? ':memory:' : process.env.MIGRATE_PG_URL;
    if (!scratch) {
      if (list.migrationDirectories.length > 0) {
        console.error('postgresql: set MIGRATE_PG_URL to a scratch PostgreSQL database to diff against the migrations');
        process.exitCode = 1;
        continue;
      }
    }
    const { engine, files, close } = await openEngine(provider, scratch ?? 'postgresql://localhost/unused');
    const from =
      list.migrationDirectories.length === 0 ? { tag: 'empty' as const } : { tag: 'migrations' as const, ...list };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      shadowDatabaseUrl: null,
      filters: NO_FILTERS
    });
    await close();
    const sql: string = result.stdout ?? '';
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log(`${provider}: no changes`);
      continue;
    }
    const dir = join(list.baseDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    writeFileSync(
      join(list.baseDir, 'migration_lock.toml'),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`
    );
    console.log(`${provider}: wrote ${dir}`);
  }
}
