import { z } from 'zod';

/** Request bodies of the hall queue (docs/api.md). Strict: unknown fields are refused. */
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

export const reprintBody = z.strictObject({ kioskId: z.number().int().positive().nullable().optional() });

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

export const helpBody = z.strictObject({ language: z.enum(['kk', 'ru']) });
