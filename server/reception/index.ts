/**
 * The reception capability's front door (003): applications, schedule and sessions, check-in and the
 * registrar's desk, the official's room, the final list; the reads its pages need.
 */
export * from './access';
export * from './api';
export * from './applications';
export * from './register';
export * from './check-in';
export * from './desk';
export * from './final-list';
export * from './pages';
export * from './public-schedule';
export * from './room';
export * from './same-day';
export * from './schedule';
export * from './officials';
export * from './schemas';
export * from './statistics';
