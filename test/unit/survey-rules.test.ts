import { describe, expect, it } from 'vitest';
import { cleanComment, summarize, surveyOpen } from '../../server/survey/rules';

describe('survey rules', () => {
  const finishedAt = new Date('2026-11-24T06:00:00Z');
  it('open after the visit only, once, for three days', () => {
    expect(surveyOpen({ status: 'WAITING', finishedAt: null, answered: false }, finishedAt)).toBe('survey_not_served');
    expect(surveyOpen({ status: 'NO_SHOW', finishedAt, answered: false }, finishedAt)).toBe('survey_not_served');
    expect(surveyOpen({ status: 'DONE', finishedAt, answered: false }, finishedAt)).toBeNull();
    expect(surveyOpen({ status: 'DONE', finishedAt, answered: true }, finishedAt)).toBe('survey_done');
    expect(
      surveyOpen({ status: 'DONE', finishedAt, answered: false }, new Date(finishedAt.getTime() + 3 * 86_400_000))
    ).toBeNull();
    expect(
      surveyOpen({ status: 'DONE', finishedAt, answered: false }, new Date(finishedAt.getTime() + 3 * 86_400_000 + 1))
    ).toBe('survey_closed');
  });

  it('a comment is trimmed, without control characters, at most 1,000 characters', () => {
    expect(cleanComment('  Жылдам,\u0007 сыпайы\u0000  ')).toBe('Жылдам, сыпайы');
    expect(cleanComment('бір\nекі')).toBe('бір\nекі');
    expect(cleanComment('ә'.repeat(1200))).toHaveLength(1000);
  });

  it('summarises: count, average to a tenth, how many gave each mark', () => {
    expect(summarize([5, 4, 4, 1])).toEqual({ count: 4, average: 3.5, distribution: [1, 0, 0, 2, 1] });
    expect(summarize([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(summarize([5, 7, 0]).count).toBe(1);
  });
});
