import { usePolling } from '../hooks/use-polling';
import { useCoachingCounts } from '../stores/coaching-counts';
import './CoachingNavCount.css';

/** Checked every minute: a follow-up becomes overdue at midnight, not only when something is saved. */
const EVERY_MS = 60_000;

/** Beside "Coaching" in the navigation: how many follow-ups and actions of this coach are overdue. */
export function CoachingNavCount() {
  const refresh = useCoachingCounts((s) => s.refresh);
  const overdue = useCoachingCounts((s) => s.counts?.overdue ?? 0);
  usePolling(refresh, EVERY_MS);
  if (overdue === 0) return null;
  return (
    <span className="coaching-nav-count">
      {overdue}
      <span className="u-visually-hidden"> overdue</span>
    </span>
  );
}
