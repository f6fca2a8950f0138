import type { ReactNode } from 'react';
import type { ReviewDetail } from '../../../shared/api/reviews';
import { channelLabels } from '../../../shared/schemas/interaction';
import { formatDateTime } from '../../format/dates';
import { formatDuration } from '../../format/duration';
import './ReviewSummary.css';

/** A term and its value kept together, so a narrow window wraps between facts, never inside one. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who and what is being scored, in one line under the title. */
export function ReviewSummary({ detail }: { detail: ReviewDetail }) {
  const { interaction, template } = detail;
  return (
    <dl className="review-summary">
      <Fact term="Date">{formatDateTime(interaction.occurredAt)}</Fact>
      <Fact term="Channel">{channelLabels[interaction.channel]}</Fact>
      {interaction.reference && (
        <Fact term="Reference">
          <bdi>{interaction.reference}</bdi>
        </Fact>
      )}
      {interaction.durationSeconds !== null && <Fact term="Duration">{formatDuration(interaction.durationSeconds)}</Fact>}
      {interaction.customerName && (
        <Fact term="Customer">
          <bdi>{interaction.customerName}</bdi>
        </Fact>
      )}
      <Fact term="Scorecard">
        {template.content.name} (v{template.version})
      </Fact>
    </dl>
  );
}
