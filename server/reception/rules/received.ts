/**
 * When an application came in, as the registrar records it (003 ¶25: registered on the day it arrives).
 * A moment still to come cannot have happened: refused (a clock's few minutes of drift allowed). One
 * long past — a letter found in a drawer — is registered, but only with the reason it was not
 * registered on its day, which goes into the application's history.
 */
export const CLOCK_DRIFT_MS = 5 * 60_000;
/** Older than this, a reason is needed (calendar days). */
export const LATE_AFTER_DAYS = 30;

export type ReceivedProblem = 'received_in_future' | 'late_reason_required' | null;

export function receivedProblem(receivedAt: Date, now: Date, lateReason: string): ReceivedProblem {
  if (receivedAt.getTime() > now.getTime() + CLOCK_DRIFT_MS) return 'received_in_future';
  if (now.getTime() - receivedAt.getTime() > LATE_AFTER_DAYS * 86_400_000 && !lateReason.trim())
    return 'late_reason_required';
  return null;
}
