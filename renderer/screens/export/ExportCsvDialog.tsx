import { useEffect, useRef, useState } from 'react';
import type { CsvKind } from '../../../shared/api/server-sync';
import type { ScorecardStatus } from '../../../shared/schemas/scorecard';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { useAgents } from '../../stores/agents';
import { useReviews } from '../../stores/reviews';
import { CsvFilters, type CsvFilterValues } from './CsvFilters';
import { CsvKindChoice } from './CsvKindChoice';
import { downloadFile } from './download-file';
import { runCsvExport, type CsvExportProgress } from './run-csv-export';

interface Props {
  onClose: () => void;
  /** Called with a sentence for the screen's status line once the file is handed to the browser. */
  onExported: (message: string) => void;
}

const statusFilter = (value: CsvFilterValues['status']): ScorecardStatus | undefined => (value === 'all' ? undefined : value);

/**
 * CSV export for spreadsheets: which rows, which scorecards, then the file.
 * The export runs chunk by chunk with a progress bar and can be cancelled
 * between chunks; Escape cancels too.
 */
export function ExportCsvDialog({ onClose, onExported }: Props) {
  const agents = useAgents((s) => s.agents);
  const [kind, setKind] = useState<CsvKind>('scorecards');
  // Starts from the list's own filters: what the user is looking at is what they most likely want in the file.
  const listAgentId = useReviews((s) => s.agentId);
  const listStatus = useReviews((s) => s.status);
  const [filters, setFilters] = useState<CsvFilterValues>({ agentId: listAgentId ?? '', from: '', to: '', status: listStatus ?? 'completed' });
  const [progress, setProgress] = useState<CsvExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each run has a number; cancelling moves it on, so a chunk still in flight from a cancelled run is thrown away.
  const run = useRef(0);
  const running = progress !== null;
  useEffect(() => {
    const runs = run;
    // Closed mid-export (the user went elsewhere): stop asking for chunks.
    return () => {
      runs.current += 1;
    };
  }, []);

  const start = async () => {
    if (running) return;
    if (filters.from && filters.to && filters.from > filters.to) {
      setError('The “from” date is after the “to” date.');
      return;
    }
    const mine = ++run.current;
    const cancelled = () => run.current !== mine;
    setError(null);
    setProgress({ done: 0, total: 0 });
    try {
      const outcome = await runCsvExport(
        (input) => api['export.csv'](input),
        {
          kind,
          ...(filters.agentId ? { agentId: filters.agentId } : {}),
          ...(filters.from ? { from: filters.from } : {}),
          ...(filters.to ? { to: filters.to } : {}),
          ...(statusFilter(filters.status) ? { status: statusFilter(filters.status) } : {}),
        },
        (p) => {
          if (!cancelled()) setProgress(p);
        },
        cancelled,
      );
      if (outcome.kind === 'cancelled') return;
      // The first chunk already starts with the byte-order mark, so Excel reads the file as UTF-8.
      downloadFile(new Blob(outcome.parts, { type: 'text/csv;charset=utf-8' }), outcome.fileName);
      onExported(`Exported ${outcome.scorecards} ${outcome.scorecards === 1 ? 'scorecard' : 'scorecards'} (${outcome.rows} rows) to ${outcome.fileName}.`);
      onClose();
    } catch (e) {
      if (cancelled()) return;
      setProgress(null);
      setError(`The export stopped: ${errorMessage(e)}`);
    }
  };

  const cancel = () => {
    if (running) {
      run.current += 1;
      setProgress(null);
      return;
    }
    onClose();
  };

  return (
    <Dialog title="Export CSV" onClose={cancel} describedBy="export-text" className="export-dialog">
      <p id="export-text">
        A spreadsheet file (UTF-8, comma-separated) of the scorecards on this computer. Customer names are not exported; cells a spreadsheet would run
        as a formula are written as text.
      </p>
      <div className="form">
        <CsvKindChoice value={kind} onChange={setKind} disabled={running} />
        <CsvFilters agents={agents} values={filters} onChange={setFilters} disabled={running} />
      </div>
      <ErrorNotice message={error} />
      {progress && (
        <ProgressBar
          label="Export progress"
          value={progress.done}
          max={progress.total}
          text={progress.total ? `${progress.done} of ${progress.total} scorecards` : 'Counting scorecards…'}
        />
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={cancel}>
          {running ? 'Cancel export' : 'Cancel'}
        </button>
        <button type="button" className="button button-primary" onClick={() => void start()} disabled={running} data-autofocus>
          {running ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </Dialog>
  );
}
