import { Fragment } from 'react';
import { FEEDBACK_FIELDS, type ScorecardRevision } from '../../../shared/schemas/scorecard';
import { FEEDBACK_LABELS } from './OverallFeedback';
import './RevisionEntry.css';
import './RevisionChangeList.css';

const quoted = (text: string) => (text ? `“${text}”` : 'none');

/** A revision's overall feedback in its history entry, and what changed in it from the revision before. */
export function RevisionFeedback({ revision, previous }: { revision: ScorecardRevision; previous: ScorecardRevision | null }) {
  const changed = previous ? FEEDBACK_FIELDS.filter((f) => previous.feedback[f] !== revision.feedback[f]) : [];
  return (
    <>
      <dl className="revision-entry__facts">
        {FEEDBACK_FIELDS.map((field) => (
          <Fragment key={field}>
            <dt>{FEEDBACK_LABELS[field]}</dt>
            <dd className="revision-entry__reason">{revision.feedback[field] || 'Nothing written'}</dd>
          </Fragment>
        ))}
      </dl>
      {changed.length > 0 && (
        <h4 className="revision-change-list__title">Overall feedback changed from revision {previous!.revision}</h4>
      )}
      {changed.length > 0 && (
        <ul className="revision-change-list">
          {changed.map((field) => (
            <li key={field}>
              <span className="revision-change-list__element">{FEEDBACK_LABELS[field]}</span>: {quoted(previous!.feedback[field])} → {quoted(revision.feedback[field])}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
