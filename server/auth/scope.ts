import { DomainError, type ErrorCode } from '../shared/errors';

/**
 * Which offices a staff member works for: their own office and any they were made a member
 * of (OfficeMember). Every staff read and write goes through these checks; a record of
 * another office answers as if it did not exist, so nothing about it leaks.
 */
export interface Scoped {
  officeIds: readonly number[];
}

export function inScope(user: Scoped, officeId: number): boolean {
  return user.officeIds.includes(officeId);
}

/** Throws the record's own "unknown" refusal (a 404) when it belongs to another office. */
export function assertInScope(user: Scoped, officeId: number, notFound: ErrorCode): void {
  if (!inScope(user, officeId)) throw new DomainError(notFound);
}

/** The user's offices, for a Prisma `where`: `{ officeId: { in: … } }`. */
export function officeFilter(user: Scoped): { officeId: { in: number[] } } {
  return { officeId: { in: [...user.officeIds] } };
}

/** Users who work for an office, for a Prisma `where`: by their own office or a membership. */
export function worksFor(officeId: number) {
  return { OR: [{ officeId }, { offices: { some: { officeId } } }] };
}

/** Own office first, then memberships; no duplicates. */
export function scopeOf(officeId: number | null, memberships: Array<{ officeId: number }>): number[] {
  return [...new Set([...(officeId ? [officeId] : []), ...memberships.map((m) => m.officeId)])];
}

/** The office a staff member works in now: their own, else the first they are a member of. */
export function workOffice(user: Scoped & { officeId: number | null }, officeId?: number): number {
  const id = officeId ?? user.officeId ?? user.officeIds[0];
  if (id === undefined || !user.officeIds.includes(id)) throw new DomainError('unknown_office');
  return id;
}
