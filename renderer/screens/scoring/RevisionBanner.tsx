import type { Scorecard } from '../../../shared/schemas/scorecard';
import './RevisionBanner.css';

/** While a later revision is a draft (the screen shows this only on drafts), why it was opened stays in view above the checklist. */
export function RevisionBanner({ scorecard }: { scorecard: Scorecard }) {
  if (scorecard.revision === 1) return null;
  return (
    <p className="banner revision-banner">
      <strong>Revision {scorecard.revision} — draft</strong> — <span className="revision-banner__reason">{scorecard.revisionReason}</span>
    </p>
  );
}
