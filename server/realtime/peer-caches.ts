import type { Db } from '../db/client';

/**
 * Caches of rarely changed rows (office configuration, the holiday calendar) kept in each server
 * process. A change drops the cache here and, when several processes share one PostgreSQL
 * database, in the others too: the realtime layer carries the drop (server/realtime/attach.ts).
 */
type Drop = (db: Db) => void;
const caches = new Map<string, Drop>();
let tellPeers: ((name: string) => void) | null = null;

/** Registers a cache; the function returned drops it here and in every peer process. */
export function sharedCache(name: string, drop: Drop): (db: Db) => void {
  caches.set(name, drop);
  return (db) => {
    drop(db);
    tellPeers?.(name);
  };
}

export function connectPeers(tell: (name: string) => void): void {
  tellPeers = tell;
}

/** A peer process changed something: drop our copy without telling anyone again. */
export function dropFromPeer(name: unknown, db: Db): void {
  if (typeof name === 'string') caches.get(name)?.(db);
}
