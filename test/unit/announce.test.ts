import { describe, expect, it } from 'vitest';
import { callCaption, callClips, clipWords, numberClips, parseCode } from '../../server/announce/rules/phrase';
import { clipCatalogue, LETTERS, PREFIX_LETTERS } from '../../server/announce/rules/words';
import { Announcer } from '../../display/announcer';

const say = (n: number, lang: 'kk' | 'ru') => clipWords(numberClips(n, lang), lang);

describe('numbers in words for the voice', () => {
  it('Kazakh: units, tens and «жүз», no «бір» before a single hundred', () => {
    const cases: Array<[number, string]> = [
      [1, 'бір'],
      [7, 'жеті'],
      [10, 'он'],
      [15, 'он бес'],
      [40, 'қырық'],
      [99, 'тоқсан тоғыз'],
      [100, 'жүз'],
      [101, 'жүз бір'],
      [115, 'жүз он бес'],
      [200, 'екі жүз'],
      [340, 'үш жүз қырық'],
      [999, 'тоғыз жүз тоқсан тоғыз']
    ];
    for (const [n, words] of cases) expect(say(n, 'kk'), String(n)).toBe(words);
  });

  it('Russian: 11–19 as one word, each hundred its own word', () => {
    const cases: Array<[number, string]> = [
      [1, 'один'],
      [2, 'два'],
      [11, 'одиннадцать'],
      [15, 'пятнадцать'],
      [20, 'двадцать'],
      [21, 'двадцать один'],
      [100, 'сто'],
      [110, 'сто десять'],
      [112, 'сто двенадцать'],
      [200, 'двести'],
      [345, 'триста сорок пять'],
      [999, 'девятьсот девяносто девять']
    ];
    for (const [n, words] of cases) expect(say(n, 'ru'), String(n)).toBe(words);
  });

  it('every number 1–999 in both languages has clips for all its words, at most five of them', () => {
    for (const lang of ['kk', 'ru'] as const)
      for (let n = 1; n <= 999; n++) {
        const clips = numberClips(n, lang);
        expect(clips.length).toBeGreaterThan(0);
        expect(clips.length).toBeLessThanOrEqual(5);
        expect(clipWords(clips, lang)).not.toContain('?');
      }
  });

  it('past 999 digit by digit; nothing for what is not a number', () => {
    expect(say(1024, 'ru')).toBe('один ноль два четыре');
    expect(numberClips(-1, 'kk')).toEqual([]);
    expect(numberClips(1.5, 'kk')).toEqual([]);
  });
});

describe('the clips of a call', () => {
  it('"Талон А-015, терезе нөмірі 3" and "Талон А-015, окно номер 3"', () => {
    const place = { kind: 'WINDOW' as const, number: 3 };
    expect(callClips('А-015', place, 'kk')).toEqual(['ticket', 'letter-0410', 'n10', 'n5', 'window', 'n3']);
    expect(clipWords(callClips('А-015', place, 'kk'), 'kk')).toBe('талон а он бес терезе нөмірі үш');
    expect(clipWords(callClips('А-015', place, 'ru'), 'ru')).toBe('талон а пятнадцать окно номер три');
    expect(callCaption('А-015', place, 'kk')).toBe('Талон А-015, терезе нөмірі 3');
    expect(callCaption('А-015', place, 'ru')).toBe('Талон А-015, окно номер 3');
  });

  it('a room says кабинет; a Kazakh prefix letter is read in both languages', () => {
    const room = { kind: 'ROOM' as const, number: 5 };
    expect(clipWords(callClips('Қ-120', room, 'kk'), 'kk')).toBe('талон қы жүз жиырма кабинет нөмірі бес');
    expect(clipWords(callClips('Қ-120', room, 'ru'), 'ru')).toBe('талон къ сто двадцать кабинет номер пять');
    expect(callCaption('Қ-120', room, 'ru')).toBe('Талон Қ-120, кабинет номер 5');
  });

  it('reads every prefix letter in both languages and refuses what is not a ticket code', () => {
    for (const lang of ['kk', 'ru'] as const)
      for (const l of PREFIX_LETTERS) expect(LETTERS[lang][l], `${lang} ${l}`).toBeTruthy();
    expect(parseCode('ВГ-1000')).toEqual({ letters: ['В', 'Г'], number: 1000 });
    expect(parseCode('a-1')).toBeNull();
    expect(callClips('not a code', { kind: 'WINDOW', number: 1 }, 'kk')).toEqual([]);
  });

  it('the catalogue names each clip once per language', () => {
    for (const lang of ['kk', 'ru'] as const) {
      const keys = clipCatalogue(lang).map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) expect(k).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('the announcement queue', () => {
  const tick = () => new Promise((r) => setTimeout(r, 1));

  /** A player that "speaks" each call of a burst in two languages, a tick each, and logs it. */
  function player(log: string[], state = { playing: 0, overlap: false }) {
    return async (burst: readonly string[], close: () => void) => {
      if (++state.playing > 1) state.overlap = true;
      for (const lang of ['kk', 'ru']) {
        for (let i = 0; i < burst.length; i++) {
          log.push(`${lang} ${burst[i]}`);
          await new Promise((r) => setTimeout(r, 10));
        }
        if (lang === 'kk') close();
      }
      state.playing--;
    };
  }

  it('speaks ten calls made together in bursts of six, never overlapping; a recall is spoken again in the next burst', async () => {
    const log: string[] = [];
    const state = { playing: 0, overlap: false };
    const a = new Announcer<string>(player(log, state), (c) => c);
    const calls = Array.from({ length: 10 }, (_, i) => `А-${String(i + 1).padStart(3, '0')}`);
    for (const code of calls) a.enqueue(code);
    a.enqueue('А-001'); // recalled while the first burst is still being announced
    expect(a.pending).toBe(11);
    while (a.pending) await tick();
    expect(state.overlap).toBe(false);
    const first = calls.slice(0, 6);
    const second = [...calls.slice(6), 'А-001'];
    expect(log).toEqual([
      ...first.map((c) => `kk ${c}`),
      ...first.map((c) => `ru ${c}`),
      ...second.map((c) => `kk ${c}`),
      ...second.map((c) => `ru ${c}`)
    ]);
  });

  it('lets a call made during the first language join the burst, and one made later wait for the next', async () => {
    const log: string[] = [];
    const a = new Announcer<string>(player(log), (c) => c);
    a.enqueue('А-001');
    await tick();
    a.enqueue('Б-002'); // while "kk А-001" is being said
    while (!log.includes('ru А-001')) await tick();
    a.enqueue('В-003'); // the burst's Kazakh part is over
    while (a.pending) await tick();
    expect(log).toEqual(['kk А-001', 'kk Б-002', 'ru А-001', 'ru Б-002', 'kk В-003', 'ru В-003']);
  });

  it('drops a waiting call that was superseded before its turn', async () => {
    const log: string[] = [];
    const a = new Announcer<string>(player(log), (c) => c);
    a.enqueue('А-001');
    while (!log.includes('ru А-001')) await tick();
    a.enqueue('Б-002');
    a.enqueue('В-003');
    a.drop('Б-002'); // finished before its turn
    while (a.pending) await tick();
    expect(log).toEqual(['kk А-001', 'ru А-001', 'kk В-003', 'ru В-003']);
  });

  it('goes on after a failed sound', async () => {
    const log: string[] = [];
    const speak = player(log);
    const a = new Announcer<string>(
      async (burst, close) => {
        if (burst.includes('bad')) throw new Error('no audio device');
        await speak(burst, close);
      },
      (c) => c
    );
    a.enqueue('bad');
    await tick();
    a.enqueue('А-001');
    while (a.pending) await tick();
    expect(log).toEqual(['kk А-001', 'ru А-001']);
  });
});
