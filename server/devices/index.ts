/**
 * The devices capability's front door: pairing, reports and the administrator's console of kiosks and boards.
 */
export * from './api';
export * from './console';
export * from './schemas';
export * from './screens';
