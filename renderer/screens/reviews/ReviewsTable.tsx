import { useMemo } from 'react';
import { bandTone } from '../../format/band-tone';
import { useReviews } from '../../stores/reviews';
import { useSyncBadges } from '../../stores/sync-badges';
import { useTemplates } from '../../stores/templates';
import { ReviewRow } from './ReviewRow';
import './ReviewsTable.css';

export function ReviewsTable() {
  const items = useReviews((s) => s.items);
  const loading = useReviews((s) => s.loading);
  const versions = useTemplates((s) => s.versions);
  // Without any sync target there is nothing to say per row: no column at all.
  const showSync = useSyncBadges((s) => s.hasTargets);
  // A list item names its template but not the version; the latest loaded version tells which band is the top one.
  const templatesByName = useMemo(() => new Map(Object.values(versions).map((v) => [v.content.name, v.content])), [versions]);

  if (items.length === 0) {
    return <p className="empty">{loading ? 'Loading reviews…' : 'No reviews match. Start one with “New review”.'}</p>;
  }
  return (
    // Narrower than its columns (half a screen), the table scrolls sideways in its own box: the page never widens.
    <div className="reviews-table">
      <table className="table reviews-table__table" aria-label="Reviews" aria-busy={loading}>
        <colgroup>
          <col className="reviews-table__status" />
          <col className="reviews-table__agent" />
          <col className="reviews-table__date" />
          <col className="reviews-table__score" />
          <col className="reviews-table__band" />
          <col className="reviews-table__reference" />
          <col className="reviews-table__reviewer" />
          {showSync && <col className="reviews-table__sync" />}
        </colgroup>
        <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Agent</th>
          <th scope="col">Date</th>
          <th scope="col" className="table__numeric">
            Score
          </th>
          <th scope="col">Band</th>
          <th scope="col">Reference</th>
          <th scope="col">Reviewer</th>
          {showSync && <th scope="col">Sync</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <ReviewRow key={item.id} item={item} tone={bandTone(item, templatesByName.get(item.templateName))} showSync={showSync} />
        ))}
      </tbody>
      </table>
    </div>
  );
}
