/**
 * The board capability's front door: the hall board's snapshot (calls, counts, today's sessions).
 */
export * from './snapshot';
