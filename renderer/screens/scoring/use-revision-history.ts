import { useEffect } from 'react';
import type { Scorecard, ScorecardRevision } from '../../../shared/schemas/scorecard';
import { useRevisionHistory } from '../../stores/revision-history';

export interface RevisionHistory {
  revisions: ScorecardRevision[];
  error: string | null;
}

const none: RevisionHistory = { revisions: [], error: null };

/**
 * The completed revisions of a scorecard, read again whenever it is completed
 * or revised. A first draft has none, so it is not asked for.
 */
export function useRevisionHistoryOf(scorecard: Scorecard): RevisionHistory {
  const { id, status, revision } = scorecard;
  const hasHistory = status === 'completed' || revision > 1;
  const load = useRevisionHistory((s) => s.load);
  const mine = useRevisionHistory((s) => s.scorecardId === id);
  const revisions = useRevisionHistory((s) => s.revisions);
  const error = useRevisionHistory((s) => s.error);

  useEffect(() => {
    if (hasHistory) void load(id);
  }, [id, status, revision, hasHistory, load]);

  return hasHistory && mine ? { revisions, error } : none;
}
