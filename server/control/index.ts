/**
 * The control capability's front door (000 ch.13): assignments, protocols, requests and their
 * decisions, the register and its documents, notifications, reminders and their mail.
 */
export * from './access';
export * from './api';
export * from './card';
export * from './mail';
export * from './notifications';
export * from './protocols';
export * from './protocol-views';
export * from './register';
export * from './reminders';
export * from './schemas';
export * from './units';
export * from './statistics';
