/**
 * The feed capability's front door: an office's event record (sequence, record, the event to publish).
 */
export * from './events';
