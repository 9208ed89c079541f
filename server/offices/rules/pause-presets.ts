/** A reason a window specialist may pick when pausing, in both languages. */
export interface PausePreset {
  kk: string;
  ru: string;
}

/**
 * The office's pause reasons, one a line: "Түскі үзіліс | Обеденный перерыв". A line without the bar
 * is one wording for both languages; blank lines are skipped.
 */
export function parsePausePresets(text: string): PausePreset[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([kk]) => kk !== '')
    .map(([kk, ru]) => ({ kk, ru: ru || kk }));
}

/** At most 12 reasons of at most 100 characters in each language. */
export function pausePresetsValid(text: string): boolean {
  const presets = parsePausePresets(text);
  return (
    presets.length <= 12 &&
    presets.every((p) => p.kk.length <= 100 && p.ru.length <= 100) &&
    text.split('\n').every((l) => l.split('|').length <= 2)
  );
}
