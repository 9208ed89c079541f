/**
 * Letters in the longest word of a name: kiosk names are sized so it fits whole (kiosk.css), as no
 * hyphenation patterns exist for Kazakh and Chromium has no dictionaries offline.
 */
export const longestWord = (text: string) => Math.max(...text.split(/[\s/]+/).map((w) => [...w].length));
