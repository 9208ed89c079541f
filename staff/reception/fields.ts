import * as m from '$i18n/paraglide/messages.js';
import * as T from '$i18n/paraglide/labels';
import type { Language } from '$server/shared/language';
import { labelOf } from '$ui/labels';

/** One field of a step's form (StepForm). */
export interface Field {
  name: string;
  kind: 'date' | 'time' | 'number' | 'text' | 'textarea' | 'select';
  label: string;
  required?: boolean;
  value?: string;
  options?: Array<{ value: string; label: string }>;
  /** Sent as a number. */
  numeric?: boolean;
  /** Sent as a list of one number, or an empty list when empty. */
  list?: boolean;
}

/** A select's options: each code with its words in the page's language. */
export const choices = (table: T.Table, codes: readonly string[], lang: Language) =>
  codes.map((c) => ({ value: c, label: labelOf(table, c, lang) }));

/** A date field, today's date unless said otherwise. */
export const dateField = (name: string, label: string, value: string, required = true): Field => ({
  name,
  kind: 'date',
  label,
  value,
  required
});

export type Room = { id: number; number: number; kind: string };

/** The office's rooms (and windows) to choose from, or none; the first room chosen. */
export function roomField(rooms: Room[], lang: Language): Field {
  const options = [
    { value: '', label: '—' },
    ...rooms.map((r) => ({ value: String(r.id), label: `${labelOf(T.window_kind, r.kind, lang)} ${r.number}` }))
  ];
  return {
    name: 'roomId',
    kind: 'select',
    label: m.rc_room({}, { locale: lang }),
    numeric: true,
    value: options[1]?.value ?? '',
    options
  };
}
