import { z } from 'zod';
import { isIsoDate } from '../calendar/rules/calendar';
import { CHANNELS } from '../reception/rules/catalogue';
import { ROLES } from '../auth/roles';
import { isPrefix } from '../queue/rules/numbering';

/** Request bodies of the HTTP API (docs/api.md). Strict: unknown fields are refused. */

export const issueTicketBody = z.strictObject({
  serviceId: z.number().int().positive(),
  language: z.string(),
  category: z.string().nullable().optional(),
  needsAssistance: z.boolean().optional(),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/)
    .optional()
});

export const loginBody = z.strictObject({
  login: z.string().min(1).max(100),
  password: z.string().min(1).max(200)
});

export const ticketActionBody = z.strictObject({
  ticketId: z.number().int().positive()
});

export const transferBody = z.strictObject({
  ticketId: z.number().int().positive(),
  serviceId: z.number().int().positive(),
  windowId: z.number().int().positive().nullable().optional()
});

export const categoryBody = z.strictObject({
  ticketId: z.number().int().positive(),
  decision: z.enum(['CONFIRMED', 'REVOKED'])
});

export const pauseBody = z.strictObject({
  reason: z.string().trim().min(1).max(200)
});

export const localeBody = z.strictObject({ locale: z.enum(['kk', 'ru']) });

/** "HH:MM" from 00:00 to 23:59, and 24:00 for "until midnight"; never 24:30. */
export const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a time HH:MM');

/** An IANA time zone this runtime knows (a mistyped one would break every date of the office). */
export const timeZone = z
  .string()
  .min(1)
  .max(60)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');

export const officeBody = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9-]{2,40}$/),
    nameKk: z.string().trim().min(1).max(200),
    nameRu: z.string().trim().min(1).max(200),
    timeZone,
    workDays: z.string().regex(/^[1-7](,[1-7])*$/),
    opensAt: clock,
    closesAt: clock,
    lunchStart: clock.nullable(),
    lunchEnd: clock.nullable(),
    lastTicketMinutes: z.number().int().min(0).max(240),
    observesHolidays: z.boolean(),
    priorityAgingMinutes: z.number().int().min(1).max(600).nullable(),
    openDevices: z.boolean().optional(),
    // Personal reception settings (SPEC §5); optional so that a form without them keeps them.
    scheduleApprovedBy: z.enum(['AKIM', 'HEAD']).optional(),
    finalListLead: z.number().int().min(0).max(10).optional(),
    finalListUnit: z.enum(['WORKING_DAYS', 'DAYS']).optional(),
    finalListRecipientKk: z.string().trim().min(1).max(200).optional(),
    finalListRecipientRu: z.string().trim().min(1).max(200).optional(),
    attendeeTemplate: z
      .string()
      .max(5000)
      .refine((t) => {
        try {
          const v = JSON.parse(t);
          return Array.isArray(v) && v.every((a) => typeof a?.nameKk === 'string' && typeof a?.nameRu === 'string');
        } catch {
          return false;
        }
      }, 'expected [{"nameKk": …, "nameRu": …}]')
      .optional(),
    signupChannels: z
      .string()
      .refine((t) => t.split(',').every((c) => (CHANNELS as readonly string[]).includes(c)), 'unknown channel')
      .optional(),
    protocolDueDays: z.number().int().min(1).max(10).optional(),
    protocolLanguages: z.enum(['kk', 'ru', 'kk,ru']).optional(),
    amberWorkingDays: z.number().int().min(1).max(20).optional(),
    smtpUrl: z
      .union([
        z.literal(''),
        z
          .string()
          .max(300)
          .regex(/^smtps?:\/\/[^\s]+$/, 'expected smtp://user:password@host:port')
      ])
      .optional(),
    smtpFrom: z.string().trim().max(200).optional()
  })
  // Hours that make a day: opening before closing, a lunch break inside them or none at all.
  .refine((o) => o.opensAt < o.closesAt, { path: ['closesAt'], message: 'closes before it opens' })
  .refine((o) => (o.lunchStart === null) === (o.lunchEnd === null), {
    path: ['lunchEnd'],
    message: 'a lunch break needs a start and an end'
  })
  .refine(
    (o) =>
      o.lunchStart === null ||
      o.lunchEnd === null ||
      (o.opensAt <= o.lunchStart && o.lunchStart < o.lunchEnd && o.lunchEnd <= o.closesAt),
    {
      path: ['lunchStart'],
      message: 'the lunch break must lie inside the working hours'
    }
  );

export const serviceBody = z.strictObject({
  officeId: z.number().int().positive(),
  code: z.string().regex(/^[a-z0-9-]{2,40}$/),
  nameKk: z.string().trim().min(1).max(200),
  nameRu: z.string().trim().min(1).max(200),
  descriptionKk: z.string().trim().max(160).default(''),
  descriptionRu: z.string().trim().max(160).default(''),
  prefix: z.string().trim().refine(isPrefix, 'one to three capital letters, Cyrillic or Latin'),
  avgServiceMinutes: z.number().int().min(1).max(240),
  sortOrder: z.number().int().min(0).max(1000),
  active: z.boolean()
});

export const windowBody = z.strictObject({
  officeId: z.number().int().positive(),
  number: z.number().int().min(1).max(999),
  kind: z.enum(['WINDOW', 'ROOM']),
  active: z.boolean(),
  serviceIds: z.array(z.number().int().positive()).max(50)
});

export const userBody = z.strictObject({
  login: z.string().regex(/^[a-z0-9._-]{2,40}$/),
  fullName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  officeId: z.number().int().positive().nullable(),
  locale: z.enum(['kk', 'ru']),
  active: z.boolean(),
  password: z.string().min(8).max(200).optional(),
  /** An executor's unit (control of execution). */
  unitId: z.number().int().positive().nullable().optional(),
  email: z.union([z.literal(''), z.string().trim().max(200).email()]).optional()
});

/** The first administrator (/setup): a form post, so every field is a string. */
export const setupForm = z
  .object({
    code: z.string().trim().min(1).max(40),
    login: z
      .string()
      .trim()
      .regex(/^[a-z0-9._-]{2,40}$/),
    fullName: z.string().trim().min(1).max(200),
    password: z.string().min(10).max(200),
    password2: z.string().max(200)
  })
  .refine((f) => f.password === f.password2, { path: ['password2'] });

export const calendarDayBody = z.strictObject({
  kind: z.enum(['HOLIDAY', 'DAY_OFF', 'WORKING_DAY']),
  nameKk: z.string().trim().min(1).max(200),
  nameRu: z.string().trim().min(1).max(200),
  movesIfWeekend: z.boolean(),
  note: z.string().trim().max(1000).default('')
});

export const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');

/** GET /api/v1/deadlines: the facts known so far; every date that follows is computed. */
export const deadlineQuery = z.strictObject({
  office: z.string().min(1).max(40),
  /** With an offset, or without one: then it is the office's local time. */
  receivedAt: z.iso.datetime({ offset: true, local: true }).optional(),
  extendedOn: isoDate.optional(),
  requestSentOn: isoDate.optional(),
  receptionDay: isoDate.optional(),
  decisionDay: isoDate.optional(),
  givenOn: isoDate.optional(),
  receivedOn: isoDate.optional(),
  category: z.enum(['very_urgent', 'urgent', 'short_term', 'medium_term', 'long_term', 'none']).optional(),
  deadline: isoDate.optional(),
  previousExtensions: z.coerce.number().int().min(0).max(20).optional(),
  issuer: z.enum(['local', 'central']).optional(),
  lang: z.enum(['kk', 'ru']).optional()
});

export const reprintBody = z.strictObject({ kioskId: z.number().int().positive().nullable().optional() });

export const kioskBody = z.strictObject({
  officeId: z.number().int().positive(),
  code: z.string().regex(/^[a-z0-9-]{1,40}$/),
  nameKk: z.string().trim().min(1).max(200),
  nameRu: z.string().trim().min(1).max(200),
  printerKind: z.enum(['NONE', 'NETWORK', 'DEVICE']),
  printerAddress: z.string().trim().max(200),
  paperWidth: z.union([z.literal(80), z.literal(58)]),
  printMode: z.enum(['RASTER', 'TEXT_KZ1048']),
  printTimeoutMs: z.number().int().min(500).max(60_000),
  active: z.boolean()
});

export const auditQuery = z.strictObject({
  action: z
    .string()
    .regex(/^[a-z.]{1,60}$/)
    .optional(),
  entity: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .optional(),
  entityId: z
    .string()
    .regex(/^[\w-]{1,40}$/)
    .optional(),
  userId: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  lang: z.enum(['kk', 'ru']).optional()
});

/** The registrar desk (server/queue/desk.ts). */
export const deskTicketBody = z.strictObject({
  serviceId: z.number().int().positive(),
  language: z.enum(['kk', 'ru']),
  category: z.string().max(40).nullable(),
  needsAssistance: z.boolean(),
  identityVerified: z.enum(['ORIGINAL', 'DIGITAL']),
  kioskId: z.number().int().positive().nullable(),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/)
});

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

/** A satisfaction answer: 1–5 and an optional comment (the ticket page, or staff by phone). */
export const surveyBody = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(1000).default(''),
  language: z.enum(['kk', 'ru']).optional()
});

export const helpBody = z.strictObject({ language: z.enum(['kk', 'ru']) });

// Paired screens (server/devices). The kiosk a ticket prints on comes from the screen's pairing,
// never from the request: the bodies above name no kiosk.
const deviceName = z.string().trim().min(1).max(100);
export const pairingBody = z.strictObject({ office: z.string().max(64), kind: z.enum(['KIOSK', 'BOARD']) });
export const heartbeatBody = z.strictObject({ kind: z.enum(['KIOSK', 'BOARD']), version: z.string().max(60) });
export const pairBody = z.strictObject({
  code: z.string().max(20),
  nameKk: deviceName,
  nameRu: deviceName,
  kioskId: z.number().int().positive().nullable()
});
export const deviceBody = z.strictObject({
  nameKk: deviceName,
  nameRu: deviceName,
  kioskId: z.number().int().positive().nullable()
});
