import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { clock, timeZone } from '../shared/schemas';
import { CHANNELS } from './rules/channels';
import { pausePresetsValid } from './rules/pause-presets';
import { isPrefix } from './rules/prefixes';

/** The administrator's saves: offices, services, windows, users, kiosks. Strict: unknown fields are refused. */
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
    waitWarnMinutes: z.number().int().min(1).max(600).optional(),
    openDevices: z.boolean().optional(),
    // Personal reception settings (SPEC §5); optional so that a form without them keeps them.
    scheduleApprovedBy: z.enum(['AKIM', 'HEAD']).optional(),
    finalListLead: z.number().int().min(0).max(10).optional(),
    finalListUnit: z.enum(['WORKING_DAYS', 'DAYS']).optional(),
    finalListRecipientKk: z.string().trim().min(1).max(200).optional(),
    finalListRecipientRu: z.string().trim().min(1).max(200).optional(),
    pausePresets: z.string().max(3000).refine(pausePresetsValid, 'at most 12 lines «Kazakh | Russian»').optional(),
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
    // Issuer codes (server/control/rules/sources.ts reads them; it drops one it does not know).
    neverExtendedIssuers: z
      .string()
      .regex(/^([A-Z_]{2,20}(,[A-Z_]{2,20}){0,9})?$/, 'expected issuer codes, comma-separated')
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
