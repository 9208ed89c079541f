/**
 * Dates and times as an official types and reads them in Kazakhstan — 05.03.2026, 09:30, 24-hour —
 * whatever the browser's language (a native date field on an en-US machine shows mm/dd/yyyy and
 * AM/PM). Forms still send ISO values (2026-03-05, 09:30, 2026-03-05T09:30). Pure: unit-tested.
 */
export type DateKind = 'date' | 'time' | 'datetime';

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO value as shown: «05.03.2026», «09:30», «05.03.2026 09:30»; '' stays ''. */
export function toText(iso: string, kind: DateKind): string {
  if (!iso) return '';
  const date = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
  if (kind === 'time') return iso.slice(0, 5);
  if (kind === 'date') return date(iso);
  return `${date(iso)} ${iso.slice(11, 16)}`;
}

function isoDate(d: number, m: number, y: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > last ? null : `${y}-${pad(m)}-${pad(d)}`;
}

function isoTime(h: number, min: number): string | null {
  return h > 23 || min > 59 ? null : `${pad(h)}:${pad(min)}`;
}

/**
 * What was typed, as an ISO value: '' when empty, null when it is not a date (or time) of the
 * kind asked. Any of . / - separates a date's parts, : or . a time's; a time may be typed as
 * 930 or 0930.
 */
export function parseText(text: string, kind: DateKind): string | null {
  const t = text.trim();
  if (t === '') return '';
  const date = (s: string) => {
    const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
    return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  };
  const time = (s: string) => {
    const m = /^(\d{1,2})[:.](\d{2})$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s);
    return m ? isoTime(Number(m[1]), Number(m[2])) : null;
  };
  if (kind === 'date') return date(t);
  if (kind === 'time') return time(t);
  const [d, h, ...rest] = t.split(/\s+/);
  if (rest.length || !h) return null;
  const [dd, hh] = [date(d), time(h)];
  return dd && hh ? `${dd}T${hh}` : null;
}

/** Where each kind's separators stand when shaped: index → separator. */
const SEPARATORS: Record<DateKind, Record<number, string>> = {
  date: { 2: '.', 5: '.' },
  time: { 2: ':' },
  datetime: { 2: '.', 5: '.', 10: ' ', 13: ':' }
};

/**
 * Separators put in while digits are typed at the end: 0503 → 05.03, 050320 → 05.03.20,
 * 0930 → 09:30. Text whose separators someone typed elsewhere (5.3.2026) is left as it is.
 */
export function shapeTyped(text: string, kind: DateKind): string {
  const own = SEPARATORS[kind];
  for (let i = 0; i < text.length; i++) if (!/\d/.test(text[i]) && own[i] !== text[i]) return text;
  const digits = text.replace(/\D/g, '');
  let out = '';
  for (const d of digits) {
    while (own[out.length]) out += own[out.length];
    out += d;
  }
  // A separator just typed where it goes stays.
  if (own[out.length] && text[out.length] === own[out.length]) out += own[out.length];
  // A time's hour alone stays as typed (9 may become 9:30 or 09:30).
  return kind === 'time' && digits.length <= 2 ? digits : out;
}
