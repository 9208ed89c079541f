import * as m from '$i18n/paraglide/messages.js';
import type { PublicTicket } from '$server/realtime/contract';
import type { Language } from '$server/shared/language';

type Message = (inputs: object, options: { locale: Language }) => string;

/** A board says everything in both languages: a message's Kazakh and Russian, for <Bi>. */
export const both = (f: Message) => ({ kk: f({}, { locale: 'kk' }), ru: f({}, { locale: 'ru' }) });

/** «Терезе · Окно» or «Кабинет» — where a ticket is called. */
export const placeWords = (p: PublicTicket) =>
  both(p.window?.kind === 'ROOM' ? m.window_kind_ROOM : m.window_kind_WINDOW);
