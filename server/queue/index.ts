/**
 * The queue capability's front door: tickets, windows and the line, issue-then-print, help requests;
 * the reads the desk and the console need; the schemas of its requests.
 */
export * from './api';
export * from './help';
export * from './reads';
export * from './schemas';
export * from './ticket-printing';
export * from './ticket-view';
export * from './tickets';
export * from './views';
export * from './windows';
export * from './calls';
export * from './console';
export type { Actor, ChangedTicket } from './window-work';
