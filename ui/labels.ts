import * as m from '$i18n/paraglide/messages.js';
import type { Category } from '$server/queue/rules/categories';
import type { DeviceKind } from '$server/devices/rules/devices';

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
