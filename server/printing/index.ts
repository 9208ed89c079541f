/** The printing capability's front door: draw and send a ticket; a kiosk printer's state. */
export * from './print';
export * from './kiosk-printing';
export * from './virtual-printer';
export { bitmapToPng, renderTicket, type PaperWidth } from './render';
export type { TicketView } from './ticket';
export { parseTarget } from './transport';
