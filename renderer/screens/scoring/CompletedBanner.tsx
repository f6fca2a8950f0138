import { formatDateTime } from '../../format/dates';
import type { Scorecard } from '../../../shared/schemas/scorecard';

export function CompletedBanner({ scorecard }: { scorecard: Scorecard }) {
  if (scorecard.status !== 'completed') return null;
  return (
    <p role="status" className="banner banner-completed">
      <strong>
        Completed {scorecard.completedAt ? formatDateTime(scorecard.completedAt) : ''} by {scorecard.reviewerName}
      </strong>
      <span> — read-only.</span>
    </p>
  );
}
