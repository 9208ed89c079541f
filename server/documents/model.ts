import type { Language } from '../shared/language';

/**
 * A document as both renderers (DOCX and PDF) draw it: one language per document (000 ¶99),
 * a title, header lines, labelled facts, then sections of numbered items or tables.
 */
/** The media types of the files the documents capability writes. */
export const DOCUMENT_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

export interface TableColumn {
  title: string;
  /** Relative width. */
  width: number;
}

export type DocSection =
  | { heading: string; items: string[] }
  | { heading: string; table: { columns: TableColumn[]; rows: string[][] }; chart?: Chart }
  | { heading: string; text: string[] };

/**
 * A chart drawn over its table (SVG text, server/statistics/rules/charts.ts): the PDF shows both,
 * a spreadsheet only the table — the figures, to copy and sum.
 */
export interface Chart {
  svg: string;
  width: number;
  height: number;
}

export interface TableDocument {
  lang: Language;
  /** Lines above the title, right-aligned (to whom, approval marks). */
  corner: string[];
  title: string;
  subtitle: string[];
  facts: Array<[string, string]>;
  sections: DocSection[];
  /** Lines at the end (who drew it up, when). */
  footer: string[];
  /** File name without extension. */
  fileName: string;
  /** A4 turned sideways: for wide tables (the weekly list's ten columns). */
  landscape?: boolean;
}
