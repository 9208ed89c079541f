import type { Db } from '../db/client';
import { DomainError } from '../shared/errors';
import { sharedCache } from '../realtime/peer-caches';

type OfficeRow = NonNullable<Awaited<ReturnType<Db['office']['findUnique']>>>;
type ServiceRow = NonNullable<Awaited<ReturnType<Db['service']['findUnique']>>>;
type KioskRow = NonNullable<Awaited<ReturnType<Db['kiosk']['findUnique']>>>;

/**
 * What issuing a ticket needs to know about an office that only the administrator changes:
 * its settings, services and kiosks. Read once per process and dropped by every admin change
 * (server/offices/admin.ts), here and in the other server processes (server/shared/peer-caches.ts).
 * Live columns (the event sequence, a kiosk's printer status) are never read from here.
 */
export interface OfficeConfig {
  office: OfficeRow;
  services: Map<number, ServiceRow>;
  /** By code, as kiosks name themselves. */
  kiosks: Map<string, KioskRow>;
}

// Per database client: tests run several databases in one process.
const cache = new WeakMap<object, Map<string, Promise<OfficeConfig>>>();

async function load(db: Db, code: string): Promise<OfficeConfig> {
  const office = await db.office.findUnique({ where: { code }, include: { services: true, kiosks: true } });
  if (!office) throw new DomainError('unknown_office', {}, `office ${code}`);
  const { services, kiosks, ...row } = office;
  return {
    office: row,
    services: new Map(services.map((s) => [s.id, s])),
    kiosks: new Map(kiosks.map((k) => [k.code, k]))
  };
}

/** `fresh`: read again (a kiosk or service the cached copy does not know may have been added elsewhere). */
export function officeConfig(db: Db, code: string, { fresh = false } = {}): Promise<OfficeConfig> {
  let offices = cache.get(db);
  if (!offices) cache.set(db, (offices = new Map()));
  let config = fresh ? undefined : offices.get(code);
  if (!config) {
    config = load(db, code);
    offices.set(code, config);
    // Unknown codes and failed reads are not kept: junk URLs must not grow the cache.
    const kept = offices;
    config.catch(() => kept.delete(code));
  }
  return config;
}

/**
 * Forgets every office's configuration, here and in the other server processes. A read still
 * under way fills the map it started with, which is dropped here, so it cannot put an old one back.
 */
export const dropOfficeConfig = sharedCache('office-config', (db) => cache.delete(db));
