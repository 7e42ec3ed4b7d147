/**
 * One cell of a CSV file Chuhai writes, made safe to open in Excel, WPS or LibreOffice (OWASP,
 * "CSV Injection"): text starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be
 * read as a formula, so it gets a leading single quote (`=HYPERLINK(…)` → `'=HYPERLINK(…)`), and
 * the writer quotes such cells (`CSV_QUOTED_MATCH`). Every CSV writer passes every cell, headers
 * taken from uploaded files included, through this function.
 *
 * Numbers stay numbers: a cell whose value is a JavaScript number (a row number, an amount) is
 * written as is, so `-12` in a numeric column still sums in the spreadsheet. Text that merely looks
 * like a number (`-12` typed into a name or read from an uploaded file) is text and is
 * neutralised like any other: only the column's type, never the look of a value, lets a leading
 * minus through.
 */
export function csvCell(value: string | number | null | undefined): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (value == null) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** For csv-stringify's `quoted_match`: the cells `csvCell` neutralised are always quoted. */
export const CSV_QUOTED_MATCH = /^'[=+\-@\t\r]/;
