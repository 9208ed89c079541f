/**
 * The life of a sign-up application (003 ¶5–6, ¶15, ¶25–33). Every step is an event with
 * who and when (server/reception/applications.ts); this module only says which step may
 * follow which.
 *
 *   REGISTERED ─review→ REVIEW ─schedule→ SCHEDULED ─attend→ RECEIVED
 *       │  ↑               │  │                 │ └─noShow→ NO_SHOW
 *    return│resubmit    propose   forward        └─reschedule→ SCHEDULED
 *       ↓  │            refusal      ↓
 *     RETURNED          HEARING ─refuse→ REFUSED        (any open state) ─withdraw→ WITHDRAWN
 *
 * An application that does not state the substance of its issue is registered all the same (¶6
 * forbids refusing to accept one; ¶25 registers every one on its day) straight into NOT_CONSIDERED
 * (¶5): it is not considered, and a task reminds staff to tell the applicant.
 */
export const APPLICATION_STATES = [
  'REGISTERED',
  'RETURNED',
  'REVIEW',
  'HEARING',
  'SCHEDULED',
  'REFUSED',
  'FORWARDED',
  'WITHDRAWN',
  'RECEIVED',
  'NO_SHOW',
  'NOT_CONSIDERED'
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = [
  'return', // formal defects: told what is missing, with a term to fix it (003 ¶6)
  'resubmit', // the defects were fixed
  'review', // preliminary review with the structural units (003 ¶26)
  'schedule', // a session and a time (003 ¶27–29)
  'reschedule', // another session (the official's absence, 003 ¶16, or the applicant's request)
  'unschedule', // the session was cancelled and no other has room yet: back to review
  'proposeRefusal', // a draft refusal sent for a hearing (003 ¶32)
  'refuse', // refusal on a ground of 003 ¶15
  'forward', // outside competence: to the competent body within 3 working days (000 ¶195)
  'withdraw', // the applicant withdrew (003 ¶15(5))
  'attend', // received at the session
  'noShow' // did not come
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

const T: Record<ApplicationAction, Partial<Record<ApplicationState, ApplicationState>>> = {
  return: { REGISTERED: 'RETURNED', REVIEW: 'RETURNED' },
  resubmit: { RETURNED: 'REGISTERED' },
  review: { REGISTERED: 'REVIEW' },
  schedule: { REVIEW: 'SCHEDULED' },
  reschedule: { SCHEDULED: 'SCHEDULED', NO_SHOW: 'SCHEDULED' },
  unschedule: { SCHEDULED: 'REVIEW' },
  proposeRefusal: { REVIEW: 'HEARING' },
  // Ground 4 (returned and not fixed) straight from RETURNED; the other grounds after a hearing.
  refuse: { HEARING: 'REFUSED', RETURNED: 'REFUSED' },
  forward: { REGISTERED: 'FORWARDED', REVIEW: 'FORWARDED' },
  withdraw: {
    REGISTERED: 'WITHDRAWN',
    RETURNED: 'WITHDRAWN',
    REVIEW: 'WITHDRAWN',
    HEARING: 'WITHDRAWN',
    SCHEDULED: 'WITHDRAWN'
  },
  attend: { SCHEDULED: 'RECEIVED' },
  noShow: { SCHEDULED: 'NO_SHOW' }
};

export const OPEN_STATES: readonly ApplicationState[] = ['REGISTERED', 'RETURNED', 'REVIEW', 'HEARING', 'SCHEDULED'];

export const isOpen = (s: ApplicationState): boolean => OPEN_STATES.includes(s);

/** The state an action leads to, or null if it may not be taken from this state. */
export function nextApplicationState(from: ApplicationState, action: ApplicationAction): ApplicationState | null {
  return T[action][from] ?? null;
}

/** What may be done next: the console offers exactly these. */
export function allowedActions(from: ApplicationState): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((a) => T[a][from] !== undefined);
}

/** Extensions (003 ¶30) and other bodies' participation (¶19) apply while the answer is pending. */
export const ANSWER_PENDING: readonly ApplicationState[] = ['REGISTERED', 'REVIEW', 'HEARING'];
