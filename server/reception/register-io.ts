import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import readXlsx from 'read-excel-file/node';
import writeXlsx from 'write-excel-file/node';
import type { SessionUser } from '../auth/sessions';
import { requireRole } from '../auth/sessions';
import { REGISTER_ROLES } from '../auth/roles';
import { audit } from '../auth/audit';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import { workOffice, type ReceptionReader } from './access';
import { registerApplication, registerNumber } from './applications';
import { registerRows, type RegisterFilter } from './register';
import { listOfficials } from './officials';
import { fromInertCell, inertCell } from '../shared/spreadsheet';
import {
  IMPORT_REQUIRED,
  parseImportRow,
  REGISTER_COLUMNS,
  type ApplicationInput,
  type RegisterColumn,
  type RowProblem
} from './rules/register-columns';

/**
 * The register in and out of E-Otinish and the document system: CSV (UTF-8 with BOM, so Excel
 * opens Kazakh letters right) or XLSX, one row per application, the documented columns. Both
 * directions carry personal data: appeals staff and the head only, and every file is logged.
 */
export type RegisterFormat = 'csv' | 'xlsx';
const MAX_ROWS = 5000;

export async function exportRegister(
  ctx: Ctx,
  reader: ReceptionReader,
  filter: RegisterFilter,
  format: RegisterFormat
) {
  if (!reader.seesAll) throw new DomainError('forbidden');
  const officeId = workOffice(reader.user);
  const ids = (await registerRows(ctx, reader, { ...filter, limit: MAX_ROWS })).rows.map((r) => r.id);
  const apps = await ctx.db.application.findMany({
    where: { id: { in: ids } },
    include: { requestedOfficial: true, session: { include: { official: true } } },
    orderBy: [{ year: 'asc' }, { number: 'asc' }]
  });
  const rows: string[][] = apps.map((a) => {
    const cell: Record<RegisterColumn, string> = {
      number: registerNumber(a),
      registeredOn: a.registeredOn,
      receivedAt: a.receivedAt.toISOString(),
      channel: a.channel,
      externalRegNo: a.externalRegNo,
      externalRegDate: a.externalRegDate ?? '',
      surname: a.surname,
      givenName: a.givenName,
      patronymic: a.patronymic,
      iin: a.iin,
      phone: a.phone,
      address: a.address,
      language: a.language,
      applicantKind: a.applicantKind,
      representedName: a.representedName,
      authorityDoc: a.authorityDoc,
      foreigner: a.foreigner ? '1' : '0',
      interpreterNeeded: a.interpreterNeeded ? '1' : '0',
      category: a.category ?? '',
      requestedOfficial: a.requestedOfficial?.fullName ?? '',
      substance: a.substance,
      state: a.state,
      sessionDate: a.session?.date ?? '',
      slotTime: a.slotTime ?? '',
      official: a.session?.official.fullName ?? '',
      answeredOn: a.answeredOn ?? '',
      refusalGround: a.refusalGround ?? '',
      forwardedTo: a.forwardedTo ?? ''
    };
    return REGISTER_COLUMNS.map((c) => cell[c]);
  });
  const header = [...REGISTER_COLUMNS];
  const body =
    format === 'csv'
      ? Buffer.from(`\uFEFF${stringify([header, ...rows.map((r) => r.map(inertCell))])}`, 'utf8')
      : await writeXlsx(
          [
            header.map((value) => ({ value, fontWeight: 'bold' as const })),
            // Typed as text: a cell that looks like a formula stays what was typed.
            ...rows.map((r) => r.map((value) => ({ value, type: String })))
          ],
          { sheet: 'register' }
        ).toBuffer();
  await audit(ctx, reader.user, officeId, 'application.export', 'Application', null, { format, count: rows.length });
  return { body, fileName: `register-${new Date(ctx.now()).toISOString().slice(0, 10)}.${format}` };
}

/** The file's rows as column → text, by the header's codes. */
async function readRows(file: Buffer, format: RegisterFormat): Promise<Array<Partial<Record<RegisterColumn, string>>>> {
  let table: string[][];
  try {
    table =
      format === 'csv'
        ? (parseCsv(file, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][])
        : (await readXlsx(file))
            .at(0)!
            .data.map((r) =>
              r.map((c) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c)))
            );
  } catch {
    throw new DomainError('import_format');
  }
  const [head, ...rows] = table;
  if (!head || !IMPORT_REQUIRED.every((c) => head.includes(c))) throw new DomainError('import_format');
  if (rows.length > MAX_ROWS) throw new DomainError('import_format');
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, fromInertCell(r[i] ?? '')])));
}

/**
 * Registers every row as a new application, or none: any row with a problem refuses the whole
 * file with the first problem named. A row whose external registration number is already in the
 * register is skipped (importing the same file twice changes nothing).
 */
export async function importRegister(ctx: Ctx, user: SessionUser, file: Buffer, format: RegisterFormat) {
  requireRole(user, REGISTER_ROLES);
  const officeId = workOffice(user);
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId } });
  const officials = await listOfficials(ctx.db, officeId);
  const rows = await readRows(file, format);
  const problems: RowProblem[] = [];
  const inputs: Array<{ row: number; input: ApplicationInput }> = [];
  rows.forEach((cells, i) => {
    const r = parseImportRow(cells, i + 2, {
      timeZone: office.timeZone,
      channels: office.signupChannels.split(','),
      officials
    });
    if ('problems' in r) problems.push(...r.problems);
    else inputs.push({ row: i + 2, input: r.input });
  });
  if (problems.length) {
    const [first] = problems;
    throw new DomainError(
      'import_invalid',
      { count: problems.length, row: first.row, column: first.column, problem: first.problem },
      problems
        .slice(0, 50)
        .map((p) => `${p.row}:${p.column}`)
        .join(' ')
    );
  }
  const known = new Set(
    (
      await ctx.db.application.findMany({
        where: { officeId, externalRegNo: { in: inputs.map((x) => x.input.externalRegNo).filter(Boolean) } },
        select: { externalRegNo: true }
      })
    ).map((a) => a.externalRegNo)
  );
  const skipped: number[] = [];
  let imported = 0;
  for (const { row, input } of inputs) {
    if (input.externalRegNo && known.has(input.externalRegNo)) {
      skipped.push(row);
      continue;
    }
    await registerApplication(ctx, user, input);
    if (input.externalRegNo) known.add(input.externalRegNo);
    imported++;
  }
  await audit(ctx, user, officeId, 'application.import', 'Application', null, {
    format,
    imported,
    skipped: skipped.length
  });
  return { imported, skipped };
}
