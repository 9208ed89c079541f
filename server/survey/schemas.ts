import { z } from 'zod';

/** A satisfaction answer: 1–5 and an optional comment (the ticket page, or staff by phone). */
export const surveyBody = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(1000).default(''),
  language: z.enum(['kk', 'ru']).optional()
});
