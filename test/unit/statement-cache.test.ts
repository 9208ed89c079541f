import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../../server/db/statement-cache';

/** The compiled-statement cache under Prisma's SQLite adapter, used the way the adapter uses it. */
describe('statement cache', () => {
  const open = (size?: number) => {
    const db = new Database(':memory:');
    db.defaultSafeIntegers(true);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    let compiled = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (compiled++, prepare(sql))) as typeof db.prepare;
    cacheStatements(db, size);
    return { db, compiled: () => compiled };
  };

  it('runs one compiled statement with each call’s own arguments', () => {
    const { db, compiled } = open();
    const insert = 'INSERT INTO t (id, name) VALUES (?, ?)';
    expect(db.prepare(insert).bind([1, 'Әлия']).run().changes).toBe(1);
    expect(db.prepare(insert).bind([2, 'Ұлан']).run().changes).toBe(1);
    const select = 'SELECT id, name FROM t WHERE id = ?';
    for (const [id, name] of [
      [1n, 'Әлия'],
      [2n, 'Ұлан']
    ] as const) {
      const stmt = db.prepare(select).bind([id]);
      expect(stmt.reader).toBe(true);
      expect(stmt.columns().map((c) => c.name)).toEqual(['id', 'name']);
      expect(stmt.raw().all()).toEqual([[id, name]]);
    }
    // Statements without arguments (the adapter's BEGIN) run as they are.
    db.prepare('BEGIN').run();
    db.prepare('COMMIT').run();
    expect(compiled()).toBe(4);
    // A failing run leaves the statement usable.
    expect(() => db.prepare(insert).bind([1, 'twice']).run()).toThrow(/UNIQUE/);
    expect(db.prepare(insert).bind([3, 'Іңкәр']).run().changes).toBe(1);
  });

  it('keeps only the most recently used statements', () => {
    const { db, compiled } = open(2);
    const q = (n: number) => db.prepare(`SELECT ${n} AS n`).raw().all();
    q(1);
    q(2);
    q(1); // cached
    expect(compiled()).toBe(2);
    q(3); // pushes out 2, the least recently used
    q(1); // still cached
    expect(compiled()).toBe(3);
    q(2); // compiled again
    expect(compiled()).toBe(4);
  });
});
