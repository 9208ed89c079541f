import writeXlsx from 'write-excel-file/node';
import type { TableDocument } from './model';

/**
 * A table document as a spreadsheet: the title and facts on top, then each table section with
 * a bold header row. Text sections become one row per line. Column widths follow the document's.
 */
export async function toXlsx(doc: TableDocument): Promise<Buffer> {
  // Every cell is typed as text: a value that looks like a formula stays what it says.
  type Cell = { value: string; type?: StringConstructor; fontWeight?: 'bold'; wrap?: boolean } | null;
  const rows: Cell[][] = [
    [{ value: doc.title, fontWeight: 'bold' }],
    ...doc.subtitle.map((s) => [{ value: s }]),
    ...doc.facts.map(([k, v]) => [{ value: `${k}: ${v}` }]),
    []
  ];
  let widths: number[] = [];
  for (const s of doc.sections) {
    rows.push([{ value: s.heading, fontWeight: 'bold' }]);
    if ('table' in s) {
      const total = s.table.columns.reduce((n, c) => n + c.width, 0);
      widths = s.table.columns.map((c) => Math.max(6, Math.round((c.width / total) * 160)));
      rows.push(s.table.columns.map((c) => ({ value: c.title, fontWeight: 'bold', wrap: true })));
      for (const r of s.table.rows) rows.push(r.map((value) => ({ value, wrap: true })));
    } else
      for (const line of 'items' in s ? s.items.map((x, i) => `${i + 1}. ${x}`) : s.text) rows.push([{ value: line }]);
    rows.push([]);
  }
  for (const line of doc.footer) rows.push([{ value: line }]);
  for (const row of rows) for (const cell of row) if (cell) cell.type = String;
  const out = await writeXlsx(rows as never, {
    sheet: doc.lang === 'kk' ? 'Тізбе' : 'Перечень',
    columns: widths.map((width) => ({ width }))
  }).toBuffer();
  return Buffer.from(out);
}
