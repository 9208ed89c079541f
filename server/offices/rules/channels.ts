/** Sign-up channels (003 ¶4; 000 ¶188, ¶207; 001 §12.2). Each office keeps its own list of them (its settings); reception records which one an application came by. */
export const CHANNELS = [
  'PORTAL', // e-government portal
  'EOTINISH', // E-Otinish
  'PAPER',
  'IN_PERSON',
  'ORAL', // orally to the reception staff
  'CALL_CENTRE',
  'EMAIL', // the akim's e-mail
  'WEBSITE',
  'WHATSAPP',
  'RECEPTION_CENTRE',
  'TERRITORIAL_BODY'
] as const;
export type Channel = (typeof CHANNELS)[number];
