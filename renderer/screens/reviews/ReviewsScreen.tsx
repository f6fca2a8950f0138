import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { formatHash } from '../../router/route';
import { useAgents } from '../../stores/agents';
import { PAGE_SIZE, useReviews } from '../../stores/reviews';
import { useTemplates } from '../../stores/templates';
import { ReviewFilters } from './ReviewFilters';
import { ReviewsTable } from './ReviewsTable';
import { moveRowFocus } from './row-focus';

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
    <div className="screen">
      <div className="screen-top">
        <ScreenHeading>Reviews</ScreenHeading>
        <a className="button button-primary" href={formatHash({ name: 'new-review' })}>
          New review
        </a>
      </div>
      <ReviewFilters agents={agents} />
      <ErrorNotice message={error} />
      <ReviewsTable />
      <Pager label="Reviews pages" page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
    </div>
  );
}
