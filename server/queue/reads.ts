/** What the hall's staff pages read of the queue's tables: windows, services, printing kiosks. */
import type { Scoped } from '../auth/scope';
import { officeFilter } from '../auth/scope';
import type { Db } from '../db/client';

/** The window picker of the staff home: every active window of the user's offices. */
export async function windowPicker(db: Db, user: Scoped) {
  const windows = await db.window.findMany({
    where: { active: true, ...officeFilter(user) },
    include: { office: true, services: { include: { service: true } }, user: { select: { id: true, fullName: true } } },
    orderBy: [{ officeId: 'asc' }, { number: 'asc' }]
  });
  return windows.map((w) => ({
    id: w.id,
    number: w.number,
    kind: w.kind,
    state: w.state,
    user: w.user,
    services: w.services.map((s) => ({ nameKk: s.service.nameKk, nameRu: s.service.nameRu })),
    office: { code: w.office.code, nameKk: w.office.nameKk, nameRu: w.office.nameRu }
  }));
}

/** An office's active services in the kiosk's order. */
export function activeServices(db: Db, officeId: number) {
  return db.service.findMany({
    where: { officeId, active: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, nameKk: true, nameRu: true, prefix: true }
  });
}

/** The kiosks with a printer, where the desk or a reprint may send a ticket. */
export function printingKiosks(db: Db, officeId: number) {
  return db.kiosk.findMany({
    where: { officeId, active: true, printerKind: { not: 'NONE' } },
    orderBy: { id: 'asc' },
    select: { id: true, nameKk: true, nameRu: true, paperWidth: true, printerStatus: true }
  });
}

/** An office's active windows and rooms, where sessions are held. */
export function officeRooms(db: Db, officeId: number) {
  return db.window.findMany({
    where: { officeId, active: true },
    orderBy: { number: 'asc' },
    select: { id: true, number: true, kind: true }
  });
}
