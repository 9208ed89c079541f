/**
 * A unique constraint refused the write: Prisma's P2002 from the query builder, or P2010 with the
 * driver's UniqueConstraintViolation from plain SQL (the same refusal, reported differently).
 */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return (
    e.code === 'P2002' ||
    (e.code === 'P2010' && e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation')
  );
}
