/** Ticket code = prefix + running number, at least three digits: R-001 … R-999, R-1000. */
export function ticketCode(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(3, '0')}`;
}

/** Prefixes are short capital Latin letters so they print and announce the same in kk and ru. */
export function isPrefix(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{1,3}$/.test(value);
}
