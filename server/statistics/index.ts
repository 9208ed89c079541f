/**
 * The statistics capability's front door (issue 23, being built): the hall's figures for a period.
 * Its rules (rules/) are the definition the SQL aggregation of its views is held to.
 */
export * from './rules/summary';
export * from './rules/hall';
