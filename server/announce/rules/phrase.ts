import type { Language } from '../../shared/language';
import { LETTERS, letterKey, NUMBERS, numberKey, PHRASE_WORDS } from './words';

/**
 * A call as a sequence of clips, the way hall queue systems announce: "талон", the prefix letters,
 * the number in words, "терезе нөмірі" / "окно номер" (or the room's), the window's number.
 * Pure: the board plays the clips in order; the same sequence gives the caption in sync.
 */

/** The clips of a number: Kazakh 1–999 from units, tens and «жүз»; Russian from 1–19, tens, hundreds. Larger ones digit by digit. */
export function numberClips(n: number, lang: Language): string[] {
  if (!Number.isInteger(n) || n < 0) return [];
  if (n === 0) return [numberKey(0)];
  if (n > 999)
    return String(n)
      .split('')
      .map((d) => numberKey(Number(d)));
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h > 0) {
    if (lang === 'kk') out.push(...(h > 1 ? [numberKey(h)] : []), numberKey(100));
    else out.push(numberKey(h * 100));
  }
  if (lang === 'ru' && r > 0 && r < 20) out.push(numberKey(r));
  else {
    if (r >= 10) out.push(numberKey(Math.floor(r / 10) * 10));
    if (r % 10) out.push(numberKey(r % 10));
  }
  return out;
}

/** A ticket code: prefix letters, a dash, the running number (server/queue/rules/numbering.ts). */
export function parseCode(code: string): { letters: string[]; number: number } | null {
  const m = /^(\p{Lu}{1,3})-(\d{1,6})$/u.exec(code);
  return m ? { letters: [...m[1]], number: Number(m[2]) } : null;
}

export interface CallPlace {
  kind: 'WINDOW' | 'ROOM';
  number: number;
}

/** The clip keys of one call in one language; letters without a clip are skipped, never guessed. */
export function callClips(code: string, place: CallPlace, lang: Language): string[] {
  const p = parseCode(code);
  if (!p) return [];
  return [
    'ticket',
    ...p.letters.filter((l) => LETTERS[lang][l] !== undefined).map(letterKey),
    ...numberClips(p.number, lang),
    place.kind === 'ROOM' ? 'room' : 'window',
    ...numberClips(place.number, lang)
  ];
}

/** The caption shown while a call is spoken: "Талон А-015, терезе нөмірі 3". */
export function callCaption(code: string, place: CallPlace, lang: Language): string {
  const w = PHRASE_WORDS[lang];
  const ticket = w.ticket[0].toUpperCase() + w.ticket.slice(1);
  return `${ticket} ${code}, ${place.kind === 'ROOM' ? w.room : w.window} ${place.number}`;
}

/** The words a clip sequence says (what the default voice reads; for tests and the admin's list). */
export function clipWords(keys: readonly string[], lang: Language): string {
  const byKey = new Map<string, string>([
    ...Object.entries(PHRASE_WORDS[lang]),
    ...Object.entries(NUMBERS[lang]).map(([n, w]) => [numberKey(Number(n)), w] as [string, string]),
    ...Object.entries(LETTERS[lang]).map(([l, w]) => [letterKey(l), w] as [string, string])
  ]);
  return keys.map((k) => byKey.get(k) ?? `?${k}`).join(' ');
}
