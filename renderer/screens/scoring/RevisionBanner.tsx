import type { Scorecard } from '../../../shared/schemas/scorecard';

/** While a later revision is a draft (the screen shows this only on drafts), why it was opened stays in view above the checklist. */
export function RevisionBanner({ scorecard }: { scorecard: Scorecard }) {
  if (scorecard.revision === 1) return null;
  return (
    <p className="banner banner-revision">
      <strong>Revision {scorecard.revision} — draft</strong> — <span className="revision-reason">{scorecard.revisionReason}</span>
    </p>
  );
}
