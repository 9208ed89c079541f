/**
 * The calendar capability's front door: working days and their edits (audited), with their HTTP adapters.
 * The deadline arithmetic itself is pure and lives in ./rules/, which others import directly.
 */
export * from './api';
export * from './calendar';
export * from './schemas';
