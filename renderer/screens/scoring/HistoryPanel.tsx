import { useState } from 'react';
import type { ReviewDetail } from '../../../shared/api/reviews';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useScoring } from '../../stores/scoring';
import { RevisionEntry } from './RevisionEntry';
import { useRevisionHistoryOf } from './use-revision-history';
import './HistoryPanel.css';

/**
 * Every completed revision of this scorecard, newest first, each with what it
 * changed. Folded by default so the checklist stays in view; the toggle is a
 * plain button, so Tab reaches it and Enter or Space opens it.
 */
export function HistoryPanel({ detail }: { detail: ReviewDetail }) {
  const { revisions, error } = useRevisionHistoryOf(detail.scorecard);
  const elements = useScoring((s) => s.elements);
  const [open, setOpen] = useState(false);
  if (revisions.length === 0 && !error) return null;

  const count = `${revisions.length} completed ${revisions.length === 1 ? 'revision' : 'revisions'}`;
  const newestFirst = revisions.map((revision, i) => ({ revision, previous: revisions[i - 1] ?? null })).reverse();
  return (
    <section className="history-panel" aria-labelledby="history-title">
      <h2 id="history-title" className="history-panel__title">
        <button type="button" className="history-panel__toggle" aria-expanded={open} aria-controls="history-body" onClick={() => setOpen(!open)}>
          <span className="history-panel__marker" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>{' '}
          History <span className="history-panel__count">({count})</span>
        </button>
      </h2>
      <div id="history-body" hidden={!open}>
        <ErrorNotice message={error && `The history could not be read: ${error}`} />
        <ol className="history-panel__revisions" reversed>
          {newestFirst.map(({ revision, previous }) => (
            <RevisionEntry key={revision.revision} revision={revision} previous={previous} elements={elements} content={detail.template.content} />
          ))}
        </ol>
      </div>
    </section>
  );
}
