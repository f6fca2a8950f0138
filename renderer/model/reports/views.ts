import type { ReportCell } from '../../../shared/api/reports';
import { csvDocument, type CsvValue } from '../../../shared/export/csv';
import { addDays } from '../../../shared/reports/local-day';

/** One table of a report view: its columns, rows of cells, and which cell each row drills into. */
export interface ViewTable {
  columns: string[];
  rows: { cells: CsvValue[]; cell: ReportCell | null; label: string }[];
}

/** The same numbers as the table, as a CSV file (UTF-8 with BOM, RFC 4180, formula-safe: shared/export/csv). */
export function tableCsv(table: ViewTable): string {
  const columns = table.columns.map((header, i) => ({ header, value: (row: CsvValue[]) => row[i] }));
  return csvDocument(columns, table.rows.map((r) => r.cells));
}

/** One decimal, as scores are shown everywhere (SCORING.md rule 6 rounds half up; this is display only). */
export const one = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);
export const shown = (v: number | null | undefined) => (v === null || v === undefined ? '—' : one(v)!.toFixed(1));

/** Default range: the last twelve months of local days, to today. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: `${addDays(today, -364).slice(0, 7)}-01`, to: today };
}
