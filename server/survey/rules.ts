/**
 * The satisfaction survey the ticket promises: after the visit, 1–5 and an optional comment,
 * once per ticket, no personal data (SPEC 1.3); and applicants' answers taken by phone (003 ¶38).
 */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export const MAX_COMMENT = 1000;
/** The survey stays open this long after the visit; the ticket page itself lives 3 days. */
export const SURVEY_DAYS = 3;

export type SurveyRefusal = 'survey_not_served' | 'survey_closed' | 'survey_done';

/** Whether a ticket's visitor may answer now: served (not a no-show), not yet answered, within the days. */
export function surveyOpen(
  t: { status: string; finishedAt: Date | null; answered: boolean },
  now: Date
): SurveyRefusal | null {
  if (t.answered) return 'survey_done';
  if (t.status !== 'DONE' || !t.finishedAt) return 'survey_not_served';
  if (now.getTime() - t.finishedAt.getTime() > SURVEY_DAYS * 86_400_000) return 'survey_closed';
  return null;
}

/** A comment as stored: trimmed, without control characters, bounded. */
export function cleanComment(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim()
      .slice(0, MAX_COMMENT)
  );
}

export interface Summary {
  count: number;
  average: number | null;
  /** How many gave 1 … 5. */
  distribution: [number, number, number, number, number];
}

export function summarize(ratings: readonly number[]): Summary {
  const distribution: Summary['distribution'] = [0, 0, 0, 0, 0];
  for (const r of ratings) if (r >= 1 && r <= 5) distribution[r - 1]++;
  const count = distribution.reduce((a, b) => a + b, 0);
  const average = count ? Math.round((distribution.reduce((a, n, i) => a + n * (i + 1), 0) / count) * 10) / 10 : null;
  return { count, average, distribution };
}

/**
 * Whom 003 ¶38 has surveyed by phone: applicants who were received (given a consultation) and
 * those refused a sign-up for personal reception.
 */
export const phoneSurveyFor = (applicationState: string): boolean => ['RECEIVED', 'REFUSED'].includes(applicationState);
