import { z } from 'zod';
import { isIsoDate } from './time';

/** What the request schemas of every capability share; each capability's own bodies live with it (server/<capability>/schemas.ts). */
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

export const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');
