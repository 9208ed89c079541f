/**
 * ИИН — individual identification number: 12 digits, YYMMDD of birth, a century-and-sex
 * digit (1–6), four serial digits and a check digit. Check digit = Σ dᵢ·i (i = 1…11) mod 11;
 * if that is 10, weights 3,4,5,6,7,8,9,10,11,1,2; if it is 10 again the number is invalid.
 */
export type IinProblem = 'format' | 'date' | 'century' | 'check';

export type IinCheck = { ok: true; birthDate: string; sex: 'M' | 'F' } | { ok: false; problem: IinProblem };

const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function iinCheckDigit(first11: readonly number[]): number | null {
  const sum = (w: number[]) => w.reduce((s, weight, i) => s + weight * first11[i], 0) % 11;
  const a = sum(FIRST);
  if (a !== 10) return a;
  const b = sum(SECOND);
  return b === 10 ? null : b;
}

export function checkIin(value: string): IinCheck {
  if (!/^\d{12}$/.test(value)) return { ok: false, problem: 'format' };
  const d = [...value].map(Number);
  const centuryDigit = d[6];
  if (centuryDigit < 1 || centuryDigit > 6) return { ok: false, problem: 'century' };
  const century = [1800, 1900, 2000][Math.floor((centuryDigit - 1) / 2)];
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { ok: false, problem: 'date' };
  if (iinCheckDigit(d.slice(0, 11)) !== d[11]) return { ok: false, problem: 'check' };
  return { ok: true, birthDate: date.toISOString().slice(0, 10), sex: centuryDigit % 2 === 1 ? 'M' : 'F' };
}

export const isValidIin = (value: string): boolean => checkIin(value).ok;

/** The last four digits only: enough for staff to tell two people apart in a list. */
export const maskIin = (value: string): string => `••••••••${value.slice(-4)}`;
