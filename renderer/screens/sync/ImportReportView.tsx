import type { ImportReport } from '../../../shared/api/sync';
import { formatDateTime } from '../../format/dates';
import { SkippedFiles } from './SkippedFiles';
import { importSummary } from './sync-words';
import './ImportReportView.css';

/** What the last read of the shared folder found: new, duplicate, already seen and skipped files. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const failed = report.outcome !== 'done';
  return (
    <div className="import-report">
      <h3 className="import-report__title">Last import, {formatDateTime(report.finishedAt)}</h3>
      <p className={failed ? 'import-report__error' : undefined}>{importSummary(report)}</p>
      {report.outcome === 'done' && (
        <dl className="facts import-report__counts">
          <dt>Imported</dt>
          <dd>{report.imported}</dd>
          <dt>Duplicates</dt>
          <dd>{report.duplicates}</dd>
          <dt>Already seen</dt>
          <dd>{report.alreadySeen}</dd>
          <dt>Skipped</dt>
          <dd>{report.skipped}</dd>
          <dt>Ignored (hidden)</dt>
          <dd>{report.ignored}</dd>
        </dl>
      )}
      {report.skipped > 0 && <SkippedFiles targetId={report.targetId} firstPage={report.skippedFiles} count={report.skipped} />}
    </div>
  );
}
