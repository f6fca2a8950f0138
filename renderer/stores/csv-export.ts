import { create } from 'zustand';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { runCsvExport, type CsvExportOutcome, type CsvExportProgress, type CsvQuery } from '../model/export/run-csv-export';

export type FinishedExport = Extract<CsvExportOutcome, { kind: 'done' }>;

interface CsvExportState {
  /** Null when no export is running. */
  progress: CsvExportProgress | null;
  error: string | null;
  /** Runs one export to the end; null when it was cancelled or failed (then `error` says why). */
  start(query: CsvQuery): Promise<FinishedExport | null>;
  /** Stops asking for chunks; a chunk in flight is thrown away when it comes. Also clears the last error. */
  cancel(): void;
}

/** The CSV export in progress: one at a time, chunk by chunk, cancellable between chunks. */
export const useCsvExport = create<CsvExportState>((set, get) => {
  // Each run has a number; cancelling moves it on, so a chunk still in flight from a cancelled run is thrown away.
  let run = 0;
  return {
    progress: null,
    error: null,
    async start(query) {
      if (get().progress) return null;
      const mine = ++run;
      const cancelled = () => run !== mine;
      set({ progress: { done: 0, total: 0 }, error: null });
      try {
        const outcome = await runCsvExport(
          (input) => api['export.csv'](input),
          query,
          (progress) => {
            if (!cancelled()) set({ progress });
          },
          cancelled,
        );
        if (outcome.kind === 'cancelled') return null;
        set({ progress: null });
        return outcome;
      } catch (error) {
        if (!cancelled()) set({ progress: null, error: `The export stopped: ${errorMessage(error)}` });
        return null;
      }
    },
    cancel() {
      run += 1;
      set({ progress: null, error: null });
    },
  };
});
