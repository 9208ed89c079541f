import * as m from '../../../i18n/paraglide/messages.js';
import type { Language } from '../../shared/language';

/** What a statistics view may be filtered and grouped by: the office's services, windows, specialists. */
export interface HallChoices {
  services: Array<{ id: number; prefix: string; nameKk: string; nameRu: string }>;
  windows: Array<{ id: number; number: number; kind: string }>;
  specialists: Array<{ id: number; fullName: string }>;
}

/**
 * The groups' names in the reader's language, the same on the page and in its files:
 * «Б · Консультация», «Окно 3» / «3-терезе», «Кабинет 5» / «5-кабинет», a specialist's full name; «—» for one no longer listed.
 */
export function hallLabels(choices: HallChoices, lang: Language) {
  const L = { locale: lang };
  return {
    service: (id: number) => {
      const s = choices.services.find((x) => x.id === id);
      return s ? `${s.prefix} · ${lang === 'ru' ? s.nameRu : s.nameKk}` : '—';
    },
    window: (id: number) => {
      const w = choices.windows.find((x) => x.id === id);
      return w?.kind === 'ROOM' ? m.st_room_n({ number: w.number }, L) : m.st_window_n({ number: w?.number ?? '—' }, L);
    },
    specialist: (id: number) => choices.specialists.find((s) => s.id === id)?.fullName ?? '—'
  };
}
