import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  PageOrientation
} from 'docx';
import type { DocSection, TableDocument } from './model';

/**
 * A TableDocument as a Word file (`docx`): Times New Roman 14 pt as official papers are set,
 * 12 pt in tables, the document's language on every run so spell-checkers and screen readers
 * read Kazakh as Kazakh.
 */
export async function toDocx(doc: TableDocument): Promise<Buffer> {
  const language = { value: doc.lang === 'kk' ? 'kk-KZ' : 'ru-RU' };
  const run = (text: string, o: { bold?: boolean; size?: number } = {}) =>
    new TextRun({ text, bold: o.bold, size: o.size, language });
  const para = (
    text: string,
    o: {
      bold?: boolean;
      size?: number;
      align?: (typeof AlignmentType)[keyof typeof AlignmentType];
      after?: number;
    } = {}
  ) => new Paragraph({ children: [run(text, o)], alignment: o.align, spacing: { after: o.after ?? 80 } });

  const section = (s: DocSection) => {
    const out: Array<Paragraph | Table> = [para(s.heading, { bold: true, after: 120 })];
    if ('items' in s) s.items.forEach((item, i) => out.push(para(`${i + 1}. ${item}`)));
    else if ('text' in s) s.text.forEach((t) => out.push(para(t)));
    else {
      const total = s.table.columns.reduce((a, c) => a + c.width, 0);
      const cell = (text: string, width: number, bold = false) =>
        new TableCell({
          width: { size: Math.round((width / total) * 100), type: WidthType.PERCENTAGE },
          children: text.split('\n').map((line) => para(line, { bold, size: 24, after: 0 }))
        });
      out.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: s.table.columns.map((c) => cell(c.title, c.width, true)) }),
            ...s.table.rows.map(
              (r) => new TableRow({ children: r.map((text, i) => cell(text, s.table.columns[i].width)) })
            )
          ]
        })
      );
    }
    return out;
  };

  const document = new Document({
    creator: 'Qabyldau',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: doc.landscape
          ? { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } } }
          : {},
        children: [
          ...doc.corner.map((l) => para(l, { align: AlignmentType.RIGHT, after: 0 })),
          para('', {}),
          para(doc.title, { bold: true, align: AlignmentType.CENTER, after: 60 }),
          ...doc.subtitle.map((l) => para(l, { align: AlignmentType.CENTER, after: 60 })),
          para(''),
          ...doc.facts.map(
            ([k, v]) => new Paragraph({ children: [run(`${k}: `, { bold: true }), run(v)], spacing: { after: 40 } })
          ),
          ...doc.sections.flatMap((s) => [para(''), ...section(s)]),
          para(''),
          ...doc.footer.map((l) => para(l))
        ]
      }
    ]
  });
  return Packer.toBuffer(document);
}
