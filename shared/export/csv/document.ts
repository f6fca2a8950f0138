import { csvCell, quoteCell, type CsvValue } from './cell';

/**
 * A CSV file for spreadsheets: UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as the local code page and mangles names like "Zoë"), comma
 * separated, CRLF line ends as RFC 4180 asks, a header row first.
 */
export const UTF8_BOM = '\uFEFF';
export const CRLF = '\r\n';

export interface CsvColumn<Row> {
  /** Stable: scripts and spreadsheet formulas refer to columns by these names. */
  header: string;
  value(row: Row): CsvValue;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CRLF;
}

/** The BOM and the header row: the start of every file. Headers are ours, never user text, but are quoted the same way. */
export function csvHead<Row>(columns: readonly CsvColumn<Row>[]): string {
  return UTF8_BOM + columns.map((c) => quoteCell(c.header)).join(',') + CRLF;
}

export function csvRows<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const out: string[] = [];
  for (const row of rows) out.push(csvLine(columns.map((c) => c.value(row))));
  return out.join('');
}

/** A whole small file at once (tests, small exports); large exports use csvHead once and csvRows per chunk. */
export function csvDocument<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  return csvHead(columns) + csvRows(columns, rows);
}
