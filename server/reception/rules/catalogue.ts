/**
 * The closed sets of personal reception, each with its reference. Stored as strings
 * (the schema is portable), validated here.
 */

/** Session types (003 ¶7, ¶9, ¶13–14; 000 ¶208, ¶210). */
export const SESSION_TYPES = ['REGULAR', 'EXTRA', 'AFTER_MEETING', 'JOINT', 'VIDEO'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** The five grounds of refusing a sign-up (003 ¶15). */
export const REFUSAL_GROUNDS = ['OUTSIDE_COMPETENCE', 'ALREADY_DECIDED', 'COURT_ACT', 'RETURNED', 'WITHDRAWN'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
/**
 * Grounds 1–3 are decisions on the merits: the applicant is heard first (003 ¶32–33).
 * 4 and 5 record what already happened (returned, withdrawn) *(product reading)*.
 */
export const needsHearing = (ground: RefusalGround): boolean => !['RETURNED', 'WITHDRAWN'].includes(ground);

/** Whom the applicant applies for (003 ¶10). */
export const APPLICANT_KINDS = ['SELF', 'OTHER_PERSON', 'LEGAL_ENTITY'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** How the applicant was told (absence re-scheduling, answers, notices). */
export const NOTICE_METHODS = ['PHONE', 'SMS', 'LETTER', 'EMAIL', 'IN_PERSON', 'EOTINISH'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** 003 ¶30: by letter (≤ 30 calendar days) or by a reasoned decision (≤ 2 months). */
export const EXTENSION_KINDS = ['LETTER', 'DECISION'] as const;
export type ExtensionKind = (typeof EXTENSION_KINDS)[number];

export const has = <T extends string>(set: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (set as readonly string[]).includes(v);
