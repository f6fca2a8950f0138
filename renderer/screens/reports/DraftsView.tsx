import type { StaleDraft } from '../../../shared/api/reports';
import { formatHash } from '../../router/route';
import type { ViewTable } from '../../model/reports/views';
import { ReportPanel } from './ReportPanel';

/** Drafts left open longer than the set number of days (seed 002: work past its time). */
export function DraftsView({ drafts, days }: { drafts: StaleDraft[]; days: number }) {
  const table: ViewTable = {
    columns: ['Agent', 'Reviewer', 'Open for (days)', 'Revision', 'Last saved'],
    rows: drafts.map((d) => ({ label: d.agentName, cell: null, cells: [d.agentName, d.reviewerName, d.days, d.revision, d.updatedAt.slice(0, 10)] })),
  };
  return (
    <ReportPanel
      title={`Drafts open longer than ${days} days`}
      lead={
        <>
          Drafts on this computer opened (or reopened for a new revision) more than {days} days ago.{' '}
          {drafts.length > 0 && (
            <>
              Open the oldest: <a href={formatHash({ name: 'review', id: drafts[0]!.scorecardId })}>{drafts[0]!.agentName}</a>.
            </>
          )}
        </>
      }
      chart={null}
      table={table}
      csvName="callmark-overdue-drafts.csv"
      onPick={() => undefined}
    />
  );
}
