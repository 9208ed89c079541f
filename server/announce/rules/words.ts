/**
 * What the default voice says for each clip, in Kazakh and Russian: the words a call is built
 * from (scripts/voice-clips.ts speaks these with espeak-ng; an administrator may replace any clip
 * with a recording). Clip keys are plain ASCII so they make file names and URLs.
 */
import type { Language } from '../../shared/language';

export const PHRASE_WORDS = {
  kk: { ticket: 'талон', window: 'терезе нөмірі', room: 'кабинет нөмірі' },
  ru: { ticket: 'талон', window: 'окно номер', room: 'кабинет номер' }
} as const satisfies Record<Language, Record<string, string>>;

/** Kazakh numbers are built from units, tens and «жүз» (екі жүз он бес). */
export const KK_NUMBERS: Record<number, string> = {
  0: 'нөл',
  1: 'бір',
  2: 'екі',
  3: 'үш',
  4: 'төрт',
  5: 'бес',
  6: 'алты',
  7: 'жеті',
  8: 'сегіз',
  9: 'тоғыз',
  10: 'он',
  20: 'жиырма',
  30: 'отыз',
  40: 'қырық',
  50: 'елу',
  60: 'алпыс',
  70: 'жетпіс',
  80: 'сексен',
  90: 'тоқсан',
  100: 'жүз'
};

/** Russian needs 1–19, the tens and each hundred as its own word (двести, триста …). */
export const RU_NUMBERS: Record<number, string> = {
  0: 'ноль',
  1: 'один',
  2: 'два',
  3: 'три',
  4: 'четыре',
  5: 'пять',
  6: 'шесть',
  7: 'семь',
  8: 'восемь',
  9: 'девять',
  10: 'десять',
  11: 'одиннадцать',
  12: 'двенадцать',
  13: 'тринадцать',
  14: 'четырнадцать',
  15: 'пятнадцать',
  16: 'шестнадцать',
  17: 'семнадцать',
  18: 'восемнадцать',
  19: 'девятнадцать',
  20: 'двадцать',
  30: 'тридцать',
  40: 'сорок',
  50: 'пятьдесят',
  60: 'шестьдесят',
  70: 'семьдесят',
  80: 'восемьдесят',
  90: 'девяносто',
  100: 'сто',
  200: 'двести',
  300: 'триста',
  400: 'четыреста',
  500: 'пятьсот',
  600: 'шестьсот',
  700: 'семьсот',
  800: 'восемьсот',
  900: 'девятьсот'
};

export const NUMBERS: Record<Language, Record<number, string>> = { kk: KK_NUMBERS, ru: RU_NUMBERS };

/** How a prefix letter is read aloud. Cyrillic (Kazakh alphabet, which holds Russian's) and Latin. */
const RU_LETTERS: Record<string, string> = {
  А: 'а',
  Б: 'бэ',
  В: 'вэ',
  Г: 'гэ',
  Д: 'дэ',
  Е: 'е',
  Ё: 'ё',
  Ж: 'жэ',
  З: 'зэ',
  И: 'и',
  Й: 'и краткое',
  К: 'ка',
  Л: 'эль',
  М: 'эм',
  Н: 'эн',
  О: 'о',
  П: 'пэ',
  Р: 'эр',
  С: 'эс',
  Т: 'тэ',
  У: 'у',
  Ф: 'эф',
  Х: 'ха',
  Ц: 'цэ',
  Ч: 'че',
  Ш: 'ша',
  Щ: 'ща',
  Ъ: 'твёрдый знак',
  Ы: 'ы',
  Ь: 'мягкий знак',
  Э: 'э',
  Ю: 'ю',
  Я: 'я',
  Ә: 'ә',
  Ғ: 'гъ',
  Қ: 'къ',
  Ң: 'нг',
  Ө: 'ө',
  Ұ: 'у краткое',
  Ү: 'ү',
  Һ: 'һа',
  І: 'і',
  A: 'а',
  B: 'бэ',
  C: 'цэ',
  D: 'дэ',
  E: 'е',
  F: 'эф',
  G: 'гэ',
  H: 'аш',
  I: 'и',
  J: 'йот',
  K: 'ка',
  L: 'эль',
  M: 'эм',
  N: 'эн',
  O: 'о',
  P: 'пэ',
  Q: 'ку',
  R: 'эр',
  S: 'эс',
  T: 'тэ',
  U: 'у',
  V: 'вэ',
  W: 'дубль вэ',
  X: 'икс',
  Y: 'игрек',
  Z: 'зэт'
};
const KK_LETTERS: Record<string, string> = {
  ...RU_LETTERS,
  Б: 'бе',
  В: 'ве',
  Г: 'ге',
  Ғ: 'ғы',
  Д: 'де',
  Ж: 'же',
  З: 'зе',
  Й: 'қысқа и',
  К: 'ка',
  Қ: 'қы',
  Л: 'эл',
  Ң: 'ың',
  П: 'пе',
  Т: 'те',
  Ұ: 'ұ',
  Ц: 'це',
  Ъ: 'айыру белгісі',
  Ь: 'жіңішкелік белгісі',
  B: 'бе',
  C: 'це',
  D: 'де',
  G: 'ге',
  P: 'пе',
  T: 'те',
  V: 'ве',
  W: 'дабл ю'
};
export const LETTERS: Record<Language, Record<string, string>> = { kk: KK_LETTERS, ru: RU_LETTERS };

/** Every letter a prefix may use (server/queue/rules/numbering.ts). */
export const PREFIX_LETTERS = Object.keys(RU_LETTERS);

export const letterKey = (letter: string) => `letter-${letter.codePointAt(0)!.toString(16).padStart(4, '0')}`;
export const numberKey = (n: number) => `n${n}`;

/** Every clip of a language, with the words it says: the default set and the admin's list. */
export function clipCatalogue(lang: Language): Array<{ key: string; words: string }> {
  return [
    ...Object.entries(PHRASE_WORDS[lang]).map(([key, words]) => ({ key, words })),
    ...Object.entries(NUMBERS[lang]).map(([n, words]) => ({ key: numberKey(Number(n)), words })),
    ...Object.entries(LETTERS[lang]).map(([l, words]) => ({ key: letterKey(l), words }))
  ];
}
