import { useEffect, useState } from 'react';
import type { Scorecard, ScorecardRevision } from '../../../shared/schemas/scorecard';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';

export interface RevisionHistory {
  revisions: ScorecardRevision[];
  error: string | null;
}

/**
 * The completed revisions of a scorecard, read again whenever it is completed
 * or revised. A first draft has none, so it is not asked for.
 */
export function useRevisionHistory(scorecard: Scorecard): RevisionHistory {
  const [history, setHistory] = useState<RevisionHistory>({ revisions: [], error: null });
  const { id, status, revision } = scorecard;
  const hasHistory = status === 'completed' || revision > 1;

  useEffect(() => {
    if (!hasHistory) return;
    let current = true;
    api['reviews.history']({ scorecardId: id }).then(
      (revisions) => current && setHistory({ revisions, error: null }),
      (error: unknown) => current && setHistory({ revisions: [], error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [id, status, revision, hasHistory]);

  return hasHistory ? history : { revisions: [], error: null };
}
