/**
 * One CSV cell, safe for spreadsheets (RFC 4180 quoting, OWASP's advice on
 * CSV injection).
 *
 * - Text that a spreadsheet would read as a formula — starting with = + - @,
 *   a tab or a carriage return, or their full-width forms ＝ ＋ － ＠ that some
 *   spreadsheet locales also accept — gets a leading apostrophe, so it is
 *   shown as the text it is and never run (`=HYPERLINK(...)`, `@SUM(...)`,
 *   `-2+3` all stay text). The apostrophe is visible in some programs: the
 *   cost of being safe in all of them.
 * - Numbers are written as numbers and never neutralised: a JavaScript number
 *   cannot carry a formula, and a score of -5 must stay the number -5 for
 *   sums and charts. Only text cells are neutralised, so an agent named "-5"
 *   becomes '-5 (text) while a score of -5 stays -5 (a number).
 * - A cell containing a comma, a double quote, CR or LF is quoted, with
 *   quotes doubled; nothing else is, which keeps files small and diffable.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Most cells: empty, or text that neither starts like a formula nor holds a character to quote; one scan says so. */
const PLAIN = /^(?:[^=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20",\n][^",\r\n]*)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A finite number as a spreadsheet reads it; not a number (NaN, ±Infinity) is an empty cell. */
export function numberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Shortest round-trip spelling, without exponent for the ranges scores live in (1e-7 → "0.0000001").
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return Math.abs(value) < 1 ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : BigInt(Math.round(value)).toString();
}

export function csvCell(value: CsvValue): string {
  if (typeof value === 'string') return PLAIN.test(value) ? value : quoteCell(neutraliseFormula(value));
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberCell(value);
  return value ? 'yes' : 'no';
}
