import type { ScorecardRevision } from '../../../shared/schemas/scorecard';
import type { TemplateContent } from '../../../shared/schemas/template';
import { formatPercent } from '../../../shared/scoring/format';
import { BandBadge } from '../../components/BandBadge';
import { bandTone } from '../../format/band-tone';
import { formatDateTime } from '../../format/dates';
import type { ElementRef } from '../../model/scoring/elements';
import { revisionChanges } from '../../model/scoring/revision-changes';
import { RevisionChangeList } from './RevisionChangeList';
import './RevisionEntry.css';

interface Props {
  revision: ScorecardRevision;
  /** The revision before it, to show what changed; null for the first. */
  previous: ScorecardRevision | null;
  elements: readonly ElementRef[];
  content: TemplateContent;
}

/** One locked revision: who, when, why, the score it gave, and what it changed. */
export function RevisionEntry({ revision, previous, elements, content }: Props) {
  const headingId = `revision-${revision.revision}-title`;
  const { score } = revision;
  return (
    <li className="revision-entry" aria-labelledby={headingId}>
      <h3 id={headingId} className="revision-entry__title">
        Revision {revision.revision}
      </h3>
      <dl className="revision-entry__facts">
        <dt>Completed</dt>
        <dd>{formatDateTime(revision.completedAt)}</dd>
        <dt>By</dt>
        <dd>
          <bdi>{revision.reviewerName}</bdi>
        </dd>
        {revision.reason !== null && (
          <>
            <dt>Why</dt>
            <dd className="revision-entry__reason">{revision.reason}</dd>
          </>
        )}
        <dt>Score</dt>
        <dd>
          {/* Completed with nothing applicable: no percentage, and never penalised. */}
          {score.overall ? formatPercent(score.overall.rounded) : 'N/A'} <BandBadge label={score.bandLabel} tone={bandTone(score, content)} />
          {score.automaticFail && <span className="danger-tag">Automatic fail</span>}
        </dd>
      </dl>
      {previous && (
        <RevisionChangeList previousNumber={previous.revision} changes={revisionChanges(elements, previous.answers, revision.answers)} />
      )}
    </li>
  );
}
