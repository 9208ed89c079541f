import { z } from 'zod';
import { isoDate } from '../shared/schemas';

/** Sign-in, the console's language, the first administrator, the audit log's query. Strict: unknown fields are refused. */
export const loginBody = z.strictObject({
  login: z.string().min(1).max(100),
  password: z.string().min(1).max(200)
});

export const localeBody = z.strictObject({ locale: z.enum(['kk', 'ru']) });

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

export const auditQuery = z.strictObject({
  action: z
    .string()
    .regex(/^[a-zA-Z._]{1,60}$/)
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
