/**
 * The closed sets of control of execution (SPEC 3.1–3.4), each with its reference.
 * Stored as strings (the schema has no enums); validated here.
 */

/** The kind of event or document an assignment comes from (the list's column 1, 000 ¶171). */
export const SOURCE_KINDS = ['RECEPTION_PROTOCOL', 'ORAL_PROTOCOL', 'MEETING_PROTOCOL', 'APPEAL', 'ACT'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Who gave it. The quarterly report groups by these (000 ¶185). The Presidential
 * Administration's and the Government Office's assignments are never extended (000 ¶174
 * p.2, 002 §12.7) — an office setting, defaulting to exactly those two. Another central
 * body's assignment gets a new deadline only from that body, on the office's reasoned letter
 * (000 ¶161–165): recorded with its letter, never decided here.
 */
export const ISSUERS = [
  'PRESIDENT',
  'STATE_SECRETARY',
  'PRIME_MINISTER',
  'PRES_ADMIN',
  'GOV_OFFICE',
  'AKIM',
  'DEPUTY_AKIM',
  'HEAD'
] as const;
export type IssuerCode = (typeof ISSUERS)[number];
export const CENTRAL_ISSUERS: readonly IssuerCode[] = [
  'PRESIDENT',
  'STATE_SECRETARY',
  'PRIME_MINISTER',
  'PRES_ADMIN',
  'GOV_OFFICE'
];

export function issuerLevel(issuer: string): 'local' | 'central' {
  return (CENTRAL_ISSUERS as readonly string[]).includes(issuer) ? 'central' : 'local';
}

/** What 000 ¶174 p.2 names: the office's setting starts from these. */
export const NEVER_EXTENDED_DEFAULT: readonly IssuerCode[] = ['PRES_ADMIN', 'GOV_OFFICE'];
export const NEVER_EXTENDED_REF = '000 ¶174';

/** The office's setting (a comma-separated list) as issuer codes; unknown codes are dropped. */
export function parseNeverExtended(setting: string): IssuerCode[] {
  return setting.split(',').filter((c): c is IssuerCode => (ISSUERS as readonly string[]).includes(c));
}

/**
 * How an assignment's deadline may move later: never (the office's ¶174 list); only by the central
 * body that gave it, on the office's letter (¶161–165); or by the office's own decision (¶173–175).
 */
export function extensionRoute(
  issuer: string,
  neverExtended: readonly string[]
): 'never' | 'central_body' | 'decision' {
  if (neverExtended.includes(issuer)) return 'never';
  return issuerLevel(issuer) === 'central' ? 'central_body' : 'decision';
}

/** Structural units and bodies that execute (SPEC 3.1). */
export const UNIT_KINDS = ['DEPARTMENT', 'DISTRICT_AKIMAT', 'TERRITORIAL_BODY', 'ORGANISATION'] as const;

/**
 * Grounds for removal from control: executed in full and well, impossible for objective
 * reasons (000 ¶176, 002 §12.9), duplicated or no longer relevant (000 ¶232), and for an
 * appeal received at a reception the final reasoned answer sent (003 ¶35).
 */
export const REMOVAL_GROUNDS = ['EXECUTED', 'IMPOSSIBLE', 'DUPLICATE', 'NOT_RELEVANT', 'FINAL_ANSWER'] as const;
export type RemovalGround = (typeof REMOVAL_GROUNDS)[number];
/** Grounds that need the execution record first (002 §9.23: not executed until it is filled in). */
export const GROUNDS_NEEDING_REPORT: readonly RemovalGround[] = ['EXECUTED', 'FINAL_ANSWER'];

/** Who signed the execution report (000 ¶182, ¶96): the first head or the one acting for them. */
export const SIGNED_AS = ['FIRST_HEAD', 'ACTING'] as const;

export const REQUEST_KINDS = ['EXTENSION', 'REMOVAL', 'REDIRECT'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const PROTOCOL_KINDS = ['RECEPTION', 'ORAL'] as const;
export type ProtocolKind = (typeof PROTOCOL_KINDS)[number];

/** The source kind of the assignments a protocol gives. */
export function protocolSource(kind: ProtocolKind): SourceKind {
  return kind === 'RECEPTION' ? 'RECEPTION_PROTOCOL' : 'ORAL_PROTOCOL';
}
