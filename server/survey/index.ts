/**
 * The survey capability's front door: ratings of tickets and applications.
 */
export * from './schemas';
export * from './survey';
