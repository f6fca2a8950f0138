import { useState } from 'react';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import { formatDateTime } from '../../format/dates';
import { ReviseDialog } from '../../components/ReviseDialog';
import { SyncBadge } from '../../components/SyncBadge';
import { useSyncBadgesFor } from '../../hooks/use-sync-badges';
import { useScoring } from '../../stores/scoring';
import { useSyncBadges } from '../../stores/sync-badges';
import './CompletedBanner.css';

/** A completed scorecard is locked; the only way to change it is a new revision, asked for here. */
export function CompletedBanner({ scorecard }: { scorecard: Scorecard }) {
  const [revising, setRevising] = useState(false);
  const revise = useScoring((s) => s.revise);
  useSyncBadgesFor([scorecard.id], scorecard.revision);
  const syncState = useSyncBadges((s) => s.states[scorecard.id]);
  const targetNames = useSyncBadges((s) => s.targetNames);
  return (
    <div className="banner completed-banner">
      <p role="status">
        <strong>
          Completed {scorecard.completedAt ? formatDateTime(scorecard.completedAt) : ''} by <bdi>{scorecard.reviewerName}</bdi>
        </strong>
        <span> — {scorecard.revision > 1 ? `revision ${scorecard.revision}, ` : ''}read-only.</span>
      </p>
      <SyncBadge state={syncState} targetName={(id) => targetNames[id]} />
      <button type="button" className="button" onClick={() => setRevising(true)}>
        Revise…
      </button>
      {/* On success the screen turns into the new draft, and this dialog goes with the banner. */}
      {revising && (
        <ReviseDialog what="review" revision={scorecard.revision} startsWith={`the answers of revision ${scorecard.revision}`} revise={revise} onClose={() => setRevising(false)} />
      )}
    </div>
  );
}
