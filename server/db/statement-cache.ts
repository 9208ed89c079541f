import type { Database, Statement } from 'better-sqlite3';

/**
 * Prisma's better-sqlite3 adapter compiles every query afresh (`prepare(sql).bind(args)`), which
 * cost more than running most of our statements (bench: 7 % of a ticket's CPU). This keeps the
 * compiled statements of a connection, most recently used first, and hands the adapter a view
 * of one with its arguments: a compiled statement can be bound only once, so `bind(args)` is
 * turned into passing `args` to every run. SQLite recompiles a cached statement by itself when
 * the schema changes.
 */
export function cacheStatements(db: Database, size = 500): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  db.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) cache.delete(sql);
    else stmt = prepare(sql);
    cache.set(sql, stmt);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return reusable(stmt, undefined);
  }) as Database['prepare'];
}

const RUNS = new Set(['run', 'get', 'all', 'iterate']);
const MODES = new Set(['raw', 'pluck', 'expand', 'safeIntegers']);

/** The statement as the adapter uses it: `bind(args)` once, then run, read its columns, switch to raw rows. */
function reusable(stmt: Statement, args: unknown[] | undefined): Statement {
  const view: Statement = new Proxy(stmt, {
    get(target, prop) {
      if (prop === 'bind')
        return (...bound: unknown[]) =>
          reusable(target, bound.length === 1 && Array.isArray(bound[0]) ? bound[0] : bound);
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (RUNS.has(prop as string))
        return (...more: unknown[]) => (value as (...a: unknown[]) => unknown).apply(target, args ? [args] : more);
      // Modes are set on the statement and return it: keep returning the view, with its arguments.
      if (MODES.has(prop as string))
        return (...a: unknown[]) => ((value as (...a: unknown[]) => unknown).apply(target, a), view);
      return (value as (...a: unknown[]) => unknown).bind(target);
    }
  });
  return view;
}
