import { PREFIX_LETTERS } from '../../announce/rules/words';

// A service's ticket prefix: chosen by the administrator with the office's settings, used by the queue.
const LETTER = new Set(PREFIX_LETTERS);

/**
 * Prefixes are one to three capital letters the office chooses — Cyrillic (the Kazakh alphabet,
 * which holds Russian's) or Latin — each with a clip to announce it and a glyph in KZ-1048 to print.
 */
export function isPrefix(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length >= 1 && [...value].length <= 3 && [...value].every((ch) => LETTER.has(ch))
  );
}

/** Latin capitals that look like Cyrillic ones: "A" and "А" on one board would be two tickets a visitor cannot tell apart. */
const LOOKALIKE: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  I: 'І'
};

/** Two prefixes a visitor would read the same. */
export function prefixesLookAlike(a: string, b: string): boolean {
  const shape = (p: string) => [...p].map((ch) => LOOKALIKE[ch] ?? ch).join('');
  return shape(a) === shape(b);
}
