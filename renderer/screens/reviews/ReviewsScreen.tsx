import { useEffect, useMemo, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useSyncBadgesFor } from '../../hooks/use-sync-badges';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { formatHash } from '../../router/route';
import { useAgents } from '../../stores/agents';
import { PAGE_SIZE, useReviews } from '../../stores/reviews';
import { useTemplates } from '../../stores/templates';
import { DashboardSummary } from '../dashboard/DashboardSummary';
import { ExportCsvDialog } from '../export/ExportCsvDialog';
import { ReviewFilters } from './ReviewFilters';
import { ReviewsTable } from './ReviewsTable';
import { moveRowFocus } from './row-focus';
import './ReviewsScreen.css';

/** Home: every review on this machine, newest first, with filters and paging. */
export function ReviewsScreen() {
  const agents = useAgents((s) => s.agents);
  const loadAgents = useAgents((s) => s.load);
  const loadTemplates = useTemplates((s) => s.load);
  const load = useReviews((s) => s.load);
  const error = useReviews((s) => s.error);
  const page = useReviews((s) => s.page);
  const total = useReviews((s) => s.total);
  const setPage = useReviews((s) => s.setPage);
  const items = useReviews((s) => s.items);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState('');
  // Only a completed scorecard is queued for sync: a draft has no badge.
  const completedIds = useMemo(() => items.filter((i) => i.status === 'completed').map((i) => i.id), [items]);
  useSyncBadgesFor(completedIds);

  useEffect(() => {
    void load();
    void loadAgents();
    void loadTemplates();
  }, [load, loadAgents, loadTemplates]);

  useShortcuts('reviews', {
    'list.next': () => moveRowFocus(1),
    'list.previous': () => moveRowFocus(-1),
  });

  return (
    <div className="screen reviews-screen">
      <div className="screen__top">
        <ScreenHeading>Reviews</ScreenHeading>
        <div className="screen__actions">
          <button type="button" className="button" onClick={() => setExporting(true)}>
            Export CSV…
          </button>
          <a className="button button--primary" href={formatHash({ name: 'new-review' })}>
            New review
          </a>
        </div>
      </div>
      <p role="status" className="status-line">
        {message}
      </p>
      <DashboardSummary />
      <ReviewFilters agents={agents} />
      <ErrorNotice message={error} />
      <ReviewsTable />
      <Pager label="Reviews pages" page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
      {exporting && <ExportCsvDialog onClose={() => setExporting(false)} onExported={setMessage} />}
    </div>
  );
}
