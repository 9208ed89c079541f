import { z } from 'zod';
import { isoDate } from '../shared/schemas';

export const calendarDayBody = z.strictObject({
  kind: z.enum(['HOLIDAY', 'DAY_OFF', 'WORKING_DAY']),
  nameKk: z.string().trim().min(1).max(200),
  nameRu: z.string().trim().min(1).max(200),
  movesIfWeekend: z.boolean(),
  note: z.string().trim().max(1000).default('')
});

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
