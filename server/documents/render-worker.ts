import { toDocx } from './docx';
import type { TableDocument } from './model';
import { toPdf } from './pdf';
import { toXlsx } from './xlsx';

export type DocFormat = 'docx' | 'pdf' | 'xlsx';

/** One document in one format: the whole of what a render worker does (server/documents/render.ts). */
export async function renderNow(doc: TableDocument, format: DocFormat): Promise<Buffer> {
  return format === 'docx' ? toDocx(doc) : format === 'pdf' ? toPdf(doc) : toXlsx(doc);
}

export default async function ({ doc, format }: { doc: TableDocument; format: DocFormat }): Promise<Uint8Array> {
  return new Uint8Array(await renderNow(doc, format));
}
