/** Ticket code = prefix + running number, at least three digits: А-001 … А-999, А-1000. */
export function ticketCode(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(3, '0')}`;
}
