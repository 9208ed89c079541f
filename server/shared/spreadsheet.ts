/**
 * A cell a spreadsheet program would run as a formula when the file is opened — one that starts with
 * =, +, -, @, a tab or a carriage return («=HYPERLINK(…)» typed as an applicant's issue) — is written
 * with a leading apostrophe, which every spreadsheet reads as "this is text" (OWASP's advice for CSV).
 * Reading such a file back takes the apostrophe off again, so an export imports unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function fromInertCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
