import { z } from 'zod';
import { CONTROL_CATEGORIES } from '../calendar/rules/deadlines';
import { ASSIGNMENT_STATES } from './rules/assignment-state';
import { ISSUERS, PROTOCOL_KINDS, REMOVAL_GROUNDS, SIGNED_AS, SOURCE_KINDS, UNIT_KINDS } from './rules/sources';
import { isoDate } from '../shared/schemas';

/** Request bodies of the control-of-execution API (docs/api.md). Strict: unknown fields are refused. */

const text = (max: number) => z.string().trim().max(max);
const id = z.number().int().positive();
const qInt = z.coerce.number().int().positive();

/** Every body may say the user's language, so a refusal comes back in it. */
const withLang = { language: z.enum(['kk', 'ru']).optional() };

export const unitBody = z.strictObject({
  kind: z.enum(UNIT_KINDS),
  nameKk: text(300).min(1),
  nameRu: text(300).min(1),
  headName: text(200).default(''),
  headUserId: id.nullable().default(null),
  actingUserId: id.nullable().default(null),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(1000).default(0),
  ...withLang
});

const assignmentCore = {
  content: text(4000).min(1),
  leadUnitId: id,
  coUnitIds: z.array(id).max(30).default([]),
  controllerId: id.nullable().default(null),
  assigneeId: id.nullable().default(null),
  category: z.enum(CONTROL_CATEGORIES).nullable().default(null),
  deadline: isoDate.nullable().default(null),
  onControl: z.boolean().default(true),
  consideredBy: z.array(id).max(30).default([]),
  issuer: z.enum(ISSUERS).default('AKIM')
};

export const assignmentBody = z.strictObject({
  ...assignmentCore,
  sourceKind: z.enum(SOURCE_KINDS),
  sourceRef: text(100).default(''),
  sourceDate: isoDate,
  number: text(12).min(1),
  givenOn: isoDate,
  fromReception: z.boolean().default(false),
  applicationId: id.nullable().default(null),
  language: z.enum(['kk', 'ru']).optional()
});

export const itemAssignmentBody = z.strictObject({
  ...assignmentCore,
  appealRegNo: text(60).min(1).nullable().default(null),
  language: z.enum(['kk', 'ru']).optional()
});

export const editBody = z.strictObject({
  content: text(4000).min(1).optional(),
  number: text(12).min(1).optional(),
  category: z.enum(CONTROL_CATEGORIES).nullable().optional(),
  deadline: isoDate.nullable().optional(),
  controllerId: id.nullable().optional(),
  onControl: z.boolean().optional(),
  coUnitIds: z.array(id).max(30).optional(),
  because: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('CORRECTION'), reason: text(1000).min(1) }),
      z.strictObject({ kind: z.literal('CENTRAL_BODY'), letterRef: text(100).min(1), letterDate: isoDate })
    ])
    .optional(),
  language: z.enum(['kk', 'ru']).optional()
});

export const registerQuery = z.object({
  unitId: qInt.optional(),
  controllerId: qInt.optional(),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  issuer: z.enum(ISSUERS).optional(),
  category: z.union([z.enum(CONTROL_CATEGORIES), z.literal('none')]).optional(),
  light: z.enum(['green', 'amber', 'red']).optional(),
  /** LIVE (on control, the default) or ALL, or one state. */
  state: z.enum([...ASSIGNMENT_STATES, 'LIVE', 'ALL']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: text(200).optional(),
  page: qInt.max(10_000).optional(),
  lang: z.string().optional()
});

export const reportBody = z.strictObject({
  text: text(8000).min(1),
  signedBy: text(200).min(1),
  signedAs: z.enum(SIGNED_AS),
  attachmentId: id,
  ...withLang
});
export const partBody = z.strictObject({ text: text(8000).min(1), ...withLang });
export const assigneeBody = z.strictObject({ assigneeId: id.nullable(), ...withLang });
export const extensionBody = z.strictObject({
  reason: text(4000).min(1),
  newDeadline: isoDate,
  letterRef: text(100).default(''),
  agreedWithCo: z.boolean().default(false),
  ...withLang
});
export const redirectBody = z.strictObject({
  reason: text(4000).min(1),
  toUnitId: id.nullable().default(null),
  ...withLang
});
export const removalBody = z.strictObject({ ground: z.enum(REMOVAL_GROUNDS), memo: text(8000).min(1), ...withLang });
export const returnBody = z.strictObject({ note: text(4000).min(1), ...withLang });
export const decideBody = z.strictObject({
  grant: z.boolean(),
  note: text(4000).default(''),
  toUnitId: id.nullable().default(null),
  ...withLang
});

export const protocolCreateBody = z.strictObject({
  kind: z.enum(PROTOCOL_KINDS),
  sessionId: id.nullable().default(null),
  heldOn: isoDate.nullable().default(null),
  ...withLang
});
export const protocolSaveBody = z.strictObject({
  regNo: text(60).default(''),
  regDate: isoDate.nullable().default(null),
  chairName: text(200).default(''),
  chairPositionKk: text(300).default(''),
  chairPositionRu: text(300).default(''),
  attendees: z.array(z.strictObject({ nameKk: text(300), nameRu: text(300), present: z.boolean() })).max(100),
  controllerId: id.nullable(),
  items: z
    .array(
      z.strictObject({
        id: id.nullable(),
        applicationId: id.nullable(),
        applicantName: text(300).min(1),
        substance: text(4000),
        decision: text(8000)
      })
    )
    .max(200),
  ...withLang
});

export const docLang = z.enum(['kk', 'ru']);
export const docFormat = z.enum(['docx', 'pdf', 'xlsx']);
export const protocolFormat = z.enum(['docx', 'pdf']);
export const quarterParam = z.string().regex(/^\d{4}-Q[1-4]$/);
export const reportKind = z.enum(['sources', 'rooms']);
export const markBody = z.strictObject({ read: z.boolean() });
