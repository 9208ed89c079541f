import * as m from '$i18n/paraglide/messages.js';
import type { Category } from '$server/queue/rules/categories';
import type { DeviceKind } from '$server/devices/rules/devices';
import type { TicketStatus } from '$server/queue/rules/ticket-state';
import type { Language } from '$server/shared/language';
import type { Channel } from '$server/offices/rules/channels';
import type { IssuerCode } from '$server/control/rules/sources';

/**
 * Labels of the closed sets a kiosk or a board shows, as typed tables of message functions:
 * a message is reached by name, so the bundler keeps only the messages a screen uses (a lookup
 * by a key built at run time would ship every message of the product to every screen).
 */
type Message = (inputs?: Record<string, never>, options?: { locale?: 'kk' | 'ru' }) => string;

export const CATEGORY_LABEL: Record<Category, Message> = {
  WW2_VETERAN: m.category_WW2_VETERAN,
  WW2_EQUATED: m.category_WW2_EQUATED,
  COMBAT_VETERAN: m.category_COMBAT_VETERAN,
  LABOUR_VETERAN: m.category_LABOUR_VETERAN,
  DISABILITY: m.category_DISABILITY,
  PREGNANT: m.category_PREGNANT,
  STATE_AWARD: m.category_STATE_AWARD
};

export const DEVICE_KIND_LABEL: Record<DeviceKind, Message> = {
  KIOSK: m.device_kind_KIOSK,
  BOARD: m.device_kind_BOARD
};

export const TICKET_STATUS_LABEL: Record<TicketStatus, Message> = {
  WAITING: m.status_WAITING,
  CALLED: m.status_CALLED,
  SERVING: m.status_SERVING,
  DONE: m.status_DONE,
  NO_SHOW: m.status_NO_SHOW
};

/** A ticket's language in words («қазақ тілі», «русский»), never its code. */
export const LANGUAGE_LABEL: Record<Language, Message> = {
  kk: m.lang_name_kk,
  ru: m.lang_name_ru
};

/** Where the check of a claimed out-of-turn category stands. */
export const CATEGORY_STATUS_LABEL: Record<'CLAIMED' | 'CONFIRMED' | 'REVOKED', Message> = {
  CLAIMED: m.staff_category_CLAIMED,
  CONFIRMED: m.staff_category_CONFIRMED,
  REVOKED: m.staff_category_REVOKED
};

/**
 * A code's words from a table (a code read from the database is a plain string there); a code the
 * table lacks shows as itself rather than as nothing.
 */
export function labelOf(
  table: Readonly<Record<string, Message | undefined>>,
  value: string | number | null | undefined,
  lang: 'kk' | 'ru',
  params: Record<string, unknown> = {}
): string {
  const code = String(value ?? '');
  const message = table[code] as ((i: Record<string, unknown>, o: { locale: 'kk' | 'ru' }) => string) | undefined;
  return message ? message(params, { locale: lang }) : code;
}

/** The sign-up channels of 003 ¶4 in words. */
export const CHANNEL_LABEL: Record<Channel, Message> = {
  PORTAL: m.channel_PORTAL,
  EOTINISH: m.channel_EOTINISH,
  PAPER: m.channel_PAPER,
  IN_PERSON: m.channel_IN_PERSON,
  ORAL: m.channel_ORAL,
  CALL_CENTRE: m.channel_CALL_CENTRE,
  EMAIL: m.channel_EMAIL,
  WEBSITE: m.channel_WEBSITE,
  WHATSAPP: m.channel_WHATSAPP,
  RECEPTION_CENTRE: m.channel_RECEPTION_CENTRE,
  TERRITORIAL_BODY: m.channel_TERRITORIAL_BODY
};

/** Who gave an assignment, in words. */
export const ISSUER_LABEL: Record<IssuerCode, Message> = {
  PRESIDENT: m.ct_issuer_PRESIDENT,
  STATE_SECRETARY: m.ct_issuer_STATE_SECRETARY,
  PRIME_MINISTER: m.ct_issuer_PRIME_MINISTER,
  PRES_ADMIN: m.ct_issuer_PRES_ADMIN,
  GOV_OFFICE: m.ct_issuer_GOV_OFFICE,
  AKIM: m.ct_issuer_AKIM,
  DEPUTY_AKIM: m.ct_issuer_DEPUTY_AKIM,
  HEAD: m.ct_issuer_HEAD
};
