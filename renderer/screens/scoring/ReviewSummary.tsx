import type { ReviewDetail } from '../../../shared/api/reviews';
import { channelLabels } from '../../../shared/schemas/interaction';
import { formatDateTime } from '../../format/dates';
import { formatDuration } from '../../format/duration';

/** Who and what is being scored, in one line under the title. */
export function ReviewSummary({ detail }: { detail: ReviewDetail }) {
  const { interaction, template } = detail;
  return (
    <dl className="review-summary">
      <dt>Date</dt>
      <dd>{formatDateTime(interaction.occurredAt)}</dd>
      <dt>Channel</dt>
      <dd>{channelLabels[interaction.channel]}</dd>
      {interaction.reference && (
        <>
          <dt>Reference</dt>
          <dd>{interaction.reference}</dd>
        </>
      )}
      {interaction.durationSeconds !== null && (
        <>
          <dt>Duration</dt>
          <dd>{formatDuration(interaction.durationSeconds)}</dd>
        </>
      )}
      {interaction.customerName && (
        <>
          <dt>Customer</dt>
          <dd>{interaction.customerName}</dd>
        </>
      )}
      <dt>Scorecard</dt>
      <dd>
        {template.content.name} (v{template.version})
      </dd>
    </dl>
  );
}
