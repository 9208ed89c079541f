/**
 * The announce capability's front door: the voice clips an office may replace, and their HTTP adapters.
 */
export * from './api';
export * from './clips';
