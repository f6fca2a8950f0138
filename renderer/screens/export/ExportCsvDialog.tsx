import { useEffect, useState } from 'react';
import type { CsvKind } from '../../../shared/api/server-sync';
import type { ScorecardStatus } from '../../../shared/schemas/scorecard';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { useAgents } from '../../stores/agents';
import { useCsvExport } from '../../stores/csv-export';
import { localDayEnd, localDayStart } from '../../format/dates';
import { useReviews } from '../../stores/reviews';
import { CsvFilters, type CsvFilterValues } from './CsvFilters';
import { CsvKindChoice } from './CsvKindChoice';
import { downloadFile } from './download-file';
import './ExportCsvDialog.css';

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
  const listFrom = useReviews((s) => s.fromDay);
  const listTo = useReviews((s) => s.toDay);
  const [filters, setFilters] = useState<CsvFilterValues>({ agentId: listAgentId ?? '', from: listFrom, to: listTo, status: listStatus ?? 'completed' });
  const progress = useCsvExport((s) => s.progress);
  const exportError = useCsvExport((s) => s.error);
  const run = useCsvExport((s) => s.start);
  const stop = useCsvExport((s) => s.cancel);
  const [dateError, setDateError] = useState<string | null>(null);
  const error = dateError ?? exportError;
  const running = progress !== null;
  // A dialog starts with no error from the last one, and closed mid-export (the user went elsewhere) it stops asking for chunks.
  useEffect(() => {
    stop();
    return stop;
  }, [stop]);

  const start = async () => {
    if (running) return;
    if (filters.from && filters.to && filters.from > filters.to) {
      setDateError('The “from” date is after the “to” date.');
      return;
    }
    setDateError(null);
    const outcome = await run({
      kind,
      ...(filters.agentId ? { agentId: filters.agentId } : {}),
      // The user's own days: from their midnight to the midnight after the "to" day (format/dates.ts).
      ...(filters.from ? { from: localDayStart(filters.from) ?? filters.from } : {}),
      ...(filters.to ? { to: localDayEnd(filters.to) ?? filters.to } : {}),
      ...(statusFilter(filters.status) ? { status: statusFilter(filters.status) } : {}),
    });
    if (!outcome) return;
    // The first chunk already starts with the byte-order mark, so Excel reads the file as UTF-8.
    downloadFile(new Blob(outcome.parts, { type: 'text/csv;charset=utf-8' }), outcome.fileName);
    onExported(`Exported ${outcome.scorecards} ${outcome.scorecards === 1 ? 'scorecard' : 'scorecards'} (${outcome.rows} rows) to ${outcome.fileName}.`);
    onClose();
  };

  const cancel = () => {
    if (running) {
      stop();
      return;
    }
    onClose();
  };

  return (
    <Dialog title="Export CSV" onClose={cancel} describedBy="export-text" className="export-csv-dialog">
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
      <div className="dialog__actions">
        <button type="button" className="button" onClick={cancel}>
          {running ? 'Cancel export' : 'Cancel'}
        </button>
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={running} data-autofocus>
          {running ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </Dialog>
  );
}
