import { isCategory } from '../../queue/rules/categories';
import type { Language } from '../../shared/language';
import { officeInstant } from '../../shared/time';
import { APPLICANT_KINDS, has, type ApplicantKind } from './catalogue';
import { CHANNELS, type Channel } from '../../offices/rules/channels';
import { checkIin } from './iin';

/**
 * The register's exchange format with E-Otinish and the document system (docs/reception.md):
 * one row per application, these columns, headed by these codes, in CSV (UTF-8) or XLSX.
 * Export writes them all; import reads the applicant and application columns and registers
 * each row as a new application.
 */
export const REGISTER_COLUMNS = [
  'number',
  'registeredOn',
  'receivedAt',
  'channel',
  'externalRegNo',
  'externalRegDate',
  'surname',
  'givenName',
  'patronymic',
  'iin',
  'phone',
  'address',
  'language',
  'applicantKind',
  'representedName',
  'authorityDoc',
  'foreigner',
  'interpreterNeeded',
  'category',
  'requestedOfficial',
  'substance',
  'state',
  'sessionDate',
  'slotTime',
  'official',
  'answeredOn',
  'refusalGround',
  'forwardedTo'
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export const IMPORT_REQUIRED: readonly RegisterColumn[] = [
  'receivedAt',
  'channel',
  'surname',
  'givenName',
  'iin',
  'language',
  'substance'
];

/** What registering an application needs (server/reception/applications.ts). */
export interface ApplicationInput {
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  phone: string;
  address: string;
  language: Language;
  applicantKind: ApplicantKind;
  representedName: string;
  authorityDoc: string;
  foreigner: boolean;
  interpreterNeeded: boolean;
  category: string | null;
  channel: Channel;
  externalRegNo: string;
  externalRegDate: string | null;
  /** ISO instant; now when absent. */
  receivedAt: Date | null;
  /** Why an application long past its day is registered only now (rules/received.ts). */
  lateReason?: string;
  requestedOfficialId: number | null;
  substance: string;
}

/** The register number as staff and answer letters write it: 2026/0012. */
export const registerNumber = (a: { year: number; number: number }) => `${a.year}/${String(a.number).padStart(4, '0')}`;

/** "2026/0012" (or "2026/12") → year and number, else null. */
export function parseRegisterNumber(text: string): { year: number; number: number } | null {
  const m = /^(\d{4})\/(\d{1,6})$/.exec(text.trim());
  return m ? { year: Number(m[1]), number: Number(m[2]) } : null;
}

/** Surname, name, patronymic (if any), as documents and lists show them. */
export const fullName = (a: { surname: string; givenName: string; patronymic: string }) =>
  [a.surname, a.givenName, a.patronymic].filter(Boolean).join(' ');

export type RowProblem = { row: number; column: RegisterColumn | 'header'; problem: string };

const yes = (v: string) => ['1', 'true', 'yes', 'да', 'иә', 'x', '+'].includes(v.trim().toLowerCase());
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A received-at cell: an ISO instant, or office-local "YYYY-MM-DD HH:MM", or a date alone (09:00). */
function receivedAt(v: string, timeZone: string): Date | null {
  const s = v.trim().replace(' ', 'T');
  try {
    const d = officeInstant(DATE.test(s) ? `${s}T09:00` : s, timeZone);
    return Number.isNaN(d.getTime()) ? null : d;
  } catch {
    return null;
  }
}

/** One imported row, checked the way the registration form checks it; `row` counts from 2 (after the header). */
export function parseImportRow(
  cells: Partial<Record<RegisterColumn, string>>,
  row: number,
  ctx: { timeZone: string; channels: readonly string[]; officials: ReadonlyArray<{ id: number; fullName: string }> }
): { input: ApplicationInput } | { problems: RowProblem[] } {
  const v = (c: RegisterColumn) => (cells[c] ?? '').toString().trim();
  const problems: RowProblem[] = [];
  const bad = (column: RegisterColumn, problem: string) => problems.push({ row, column, problem });
  for (const c of IMPORT_REQUIRED) if (!v(c)) bad(c, 'required');
  if (v('iin') && !checkIin(v('iin')).ok) bad('iin', 'invalid');
  if (v('language') && !['kk', 'ru'].includes(v('language'))) bad('language', 'kk or ru');
  if (v('channel') && (!has(CHANNELS, v('channel')) || !ctx.channels.includes(v('channel'))))
    bad('channel', 'not a channel of this office');
  if (v('applicantKind') && !has(APPLICANT_KINDS, v('applicantKind')))
    bad('applicantKind', APPLICANT_KINDS.join(' | '));
  if (v('category') && !isCategory(v('category'))) bad('category', 'unknown category');
  if (v('externalRegDate') && !DATE.test(v('externalRegDate'))) bad('externalRegDate', 'YYYY-MM-DD');
  const at = v('receivedAt') ? receivedAt(v('receivedAt'), ctx.timeZone) : null;
  if (v('receivedAt') && !at) bad('receivedAt', 'YYYY-MM-DD HH:MM');
  const official = v('requestedOfficial')
    ? ctx.officials.find((o) => o.fullName === v('requestedOfficial'))
    : undefined;
  if (v('requestedOfficial') && !official) bad('requestedOfficial', 'no such official');
  for (const [c, max] of [
    ['surname', 100],
    ['givenName', 100],
    ['patronymic', 100],
    ['substance', 5000],
    ['address', 300],
    ['phone', 40]
  ] as const)
    if (v(c).length > max) bad(c, `longer than ${max}`);
  if (problems.length) return { problems };
  return {
    input: {
      surname: v('surname'),
      givenName: v('givenName'),
      patronymic: v('patronymic'),
      iin: v('iin'),
      phone: v('phone'),
      address: v('address'),
      language: v('language') as Language,
      applicantKind: (v('applicantKind') || 'SELF') as ApplicantKind,
      representedName: v('representedName'),
      authorityDoc: v('authorityDoc'),
      foreigner: yes(v('foreigner')),
      interpreterNeeded: yes(v('interpreterNeeded')),
      category: v('category') || null,
      channel: v('channel') as Channel,
      externalRegNo: v('externalRegNo'),
      externalRegDate: v('externalRegDate') || null,
      receivedAt: at,
      requestedOfficialId: official?.id ?? null,
      substance: v('substance')
    }
  };
}
