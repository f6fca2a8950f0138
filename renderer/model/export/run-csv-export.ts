import type { CsvExportChunk, CsvExportInput } from '../../../shared/api/server-sync';

export type CsvQuery = Omit<CsvExportInput, 'cursor'>;

export interface CsvExportProgress {
  /** Scorecards written so far. */
  done: number;
  /** Scorecards matching the filter, as the first chunk counted them. */
  total: number;
}

export type CsvExportOutcome =
  | { kind: 'done'; parts: string[]; fileName: string; rows: number; scorecards: number }
  | { kind: 'cancelled' };

/**
 * Asks for the export chunk by chunk, following `nextCursor` until it is null,
 * and keeps the chunks in order. Each chunk is a few MB at most, so the page
 * never asks the backend for a 100 000-scorecard string at once; the chunks
 * become one Blob only at the end. `cancelled` is checked between chunks:
 * a chunk in flight is let finish and then thrown away.
 */
export async function runCsvExport(
  fetchChunk: (input: CsvExportInput) => Promise<CsvExportChunk>,
  query: CsvQuery,
  onProgress: (progress: CsvExportProgress) => void,
  cancelled: () => boolean,
): Promise<CsvExportOutcome> {
  const parts: string[] = [];
  let cursor: string | undefined;
  let done = 0;
  let rows = 0;
  let total = 0;
  for (;;) {
    if (cancelled()) return { kind: 'cancelled' };
    const chunk = await fetchChunk(cursor === undefined ? query : { ...query, cursor });
    if (cancelled()) return { kind: 'cancelled' };
    parts.push(chunk.text);
    done += chunk.scorecards;
    rows += chunk.rows;
    // Scorecards saved during the export are not in it (paging is by time and id), so done may stay below the first total.
    total = chunk.totalScorecards ?? total;
    onProgress({ done, total: Math.max(total, done) });
    // Every chunk suggests the same name; the last one's is used.
    if (chunk.nextCursor === null) return { kind: 'done', parts, fileName: chunk.fileName, rows, scorecards: done };
    cursor = chunk.nextCursor;
  }
}
