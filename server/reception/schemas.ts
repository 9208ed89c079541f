import { z } from 'zod';
import { APPLICANT_KINDS, EXTENSION_KINDS, NOTICE_METHODS, REFUSAL_GROUNDS, SESSION_TYPES } from './rules/catalogue';
import { APPLICATION_STATES } from './rules/application-state';
import { CHANNELS } from '../offices/rules/channels';
import { clock, isoDate } from '../shared/schemas';

/** Request bodies of the personal-reception API (docs/api.md). Strict: unknown fields are refused. */

const text = (max: number) => z.string().trim().max(max);
const id = z.number().int().positive();

export const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const officialBody = z.strictObject({
  fullName: text(200).min(1),
  positionKk: text(300).min(1),
  positionRu: text(300).min(1),
  userId: id.nullable(),
  roomId: id.nullable(),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(1000),
  /** 003 ¶3: receives visitors on the day they come (heads of units, staff authorised to). */
  sameDay: z.boolean().default(false)
});

const sessionFields = {
  roomId: id.nullable(),
  placeKk: text(300).default(''),
  placeRu: text(300).default(''),
  type: z.enum(SESSION_TYPES),
  slotMinutes: z.number().int().min(5).max(240)
};

export const sessionBody = z.strictObject({
  officialId: id,
  date: isoDate,
  startsAt: clock,
  endsAt: clock,
  ...sessionFields
});

export const generateBody = z.strictObject({
  officialId: id,
  weekday: z.number().int().min(1).max(7),
  weeks: z.array(z.union([z.literal(-1), z.number().int().min(1).max(5)])).max(6),
  startsAt: clock,
  endsAt: clock,
  ...sessionFields
});

export const scheduleStepBody = z.strictObject({ note: text(1000).default('') });

export const applicationBody = z.strictObject({
  surname: text(100).min(1),
  givenName: text(100).min(1),
  patronymic: text(100).default(''),
  iin: z.string().trim().max(20),
  phone: text(40).default(''),
  address: text(300).default(''),
  language: z.enum(['kk', 'ru']),
  applicantKind: z.enum(APPLICANT_KINDS).default('SELF'),
  representedName: text(300).default(''),
  authorityDoc: text(300).default(''),
  foreigner: z.boolean().default(false),
  interpreterNeeded: z.boolean().default(false),
  category: z.string().max(40).nullable().default(null),
  channel: z.enum(CHANNELS),
  externalRegNo: text(60).default(''),
  externalRegDate: isoDate.nullable().default(null),
  receivedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  /** Why an application long past its day is registered only now (rules/received.ts). */
  lateReason: text(500).default(''),
  requestedOfficialId: id.nullable().default(null),
  substance: z.string().max(5000)
});

export const stepBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('return'), reason: text(1000).min(1), until: isoDate }),
  z.strictObject({ action: z.enum(['resubmit', 'review', 'attend', 'noShow']) }),
  z.strictObject({
    action: z.enum(['schedule', 'reschedule']),
    sessionId: id,
    slotTime: clock.nullable().optional(),
    answeredOn: isoDate.nullable().optional()
  }),
  z.strictObject({
    action: z.literal('proposeRefusal'),
    ground: z.enum(REFUSAL_GROUNDS),
    decisionOn: isoDate,
    draftSentOn: isoDate.nullable().optional()
  }),
  z.strictObject({
    action: z.literal('refuse'),
    ground: z.enum(REFUSAL_GROUNDS),
    decidedOn: isoDate.nullable().optional()
  }),
  z.strictObject({ action: z.literal('forward'), to: text(300).min(1), on: isoDate.nullable().optional() }),
  z.strictObject({ action: z.literal('withdraw'), note: text(1000).optional() })
]);

export const recordBody = z.discriminatedUnion('record', [
  z.strictObject({
    record: z.literal('hearing'),
    on: isoDate,
    method: z.enum([...NOTICE_METHODS, 'MEETING', 'VIDEO']),
    by: text(200).min(1),
    outcome: text(2000).min(1)
  }),
  z.strictObject({
    record: z.literal('extension'),
    kind: z.enum(EXTENSION_KINDS),
    on: isoDate,
    until: isoDate.nullable().optional(),
    reason: text(2000).min(1)
  }),
  z.strictObject({ record: z.literal('otherBody'), name: text(300).min(1), on: isoDate }),
  z.strictObject({
    record: z.literal('notice'),
    what: z.enum(['answer', 'extensionNotice', 'otherBodiesNotice', 'referenceNote', 'hearingDraft']),
    on: isoDate
  })
]);

export const absenceBody = z.strictObject({
  reason: text(1000).min(1),
  noticeOn: isoDate,
  moveTo: z.strictObject({ date: isoDate, startsAt: clock, endsAt: clock }).nullable().optional()
});

export const taskDoneBody = z.strictObject({
  method: z.enum(NOTICE_METHODS),
  noticeOn: isoDate,
  note: text(1000).default('')
});

export const registerQuery = z.strictObject({
  state: z.enum(APPLICATION_STATES).optional(),
  officialId: z.coerce.number().int().positive().optional(),
  channel: z.enum(CHANNELS).optional(),
  light: z.enum(['green', 'amber', 'red']).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  q: z.string().max(100).optional(),
  lang: z.enum(['kk', 'ru']).optional()
});

export const publicScheduleQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  lang: z.enum(['kk', 'ru']).optional()
});

export const documentQuery = z.strictObject({ format: z.enum(['docx', 'pdf']), lang: z.enum(['kk', 'ru']) });

/** POST /offices/:office/check-in (public: the kiosk). */
export const checkInBody = z.strictObject({
  key: z.string().trim().max(20),
  language: z.enum(['kk', 'ru']),
  /** false: only look the appointment up (nothing is queued); true: the visitor took the ticket. */
  confirm: z.boolean().default(false)
});

export const roomActionParam = z.enum(['call', 'recall', 'came', 'done', 'noShow']);

export const registerFormat = z.enum(['csv', 'xlsx']);

/** The registrar desk: check-in and same-day reception (server/reception/desk). */
export const deskCheckInBody = z.strictObject({
  key: z.string().trim().max(20),
  language: z.enum(['kk', 'ru']),
  kioskId: z.number().int().positive().nullable()
});

export const sameDayBody = z.strictObject({
  officialId: z.number().int().positive(),
  surname: z.string().trim().min(1).max(100),
  givenName: z.string().trim().min(1).max(100),
  patronymic: z.string().trim().max(100).default(''),
  iin: z.string().trim().max(20),
  phone: z.string().trim().max(40).default(''),
  language: z.enum(['kk', 'ru']),
  category: z.string().max(40).nullable().default(null),
  substance: z.string().max(5000)
});
