import { useCallback, useState } from 'react';
import type { ScorecardSyncState } from '../../shared/api/sync';
import { api } from '../api/client';
import { usePolling } from '../hooks/use-polling';
import { SyncBadge } from './SyncBadge';

const POLL_MS = 2000;

/**
 * The sync badge of one scorecard, fetched by itself: for screens that show a
 * single completed scorecard (the scoring screen's completed banner). It asks
 * again every 2 s while the scorecard is pending, and stops once it is sent or
 * failed, or when the page is hidden. A list should use `SyncBadge` with one
 * `sync.stateOf` call for the whole page instead.
 */
export function LiveSyncBadge({ scorecardId, revision }: { scorecardId: string; revision?: number }) {
  const [state, setState] = useState<ScorecardSyncState | undefined>(undefined);
  const [key, setKey] = useState(`${scorecardId}:${revision ?? ''}`);
  const current = `${scorecardId}:${revision ?? ''}`;
  if (key !== current) {
    // A new revision was completed on the same screen: forget the old revision's state.
    setKey(current);
    setState(undefined);
  }

  const fetchState = useCallback(async () => {
    const states = await api['sync.stateOf']({ scorecardIds: [scorecardId] });
    setState(states[scorecardId]);
  }, [scorecardId]);

  usePolling(fetchState, POLL_MS, state === undefined || state.state === 'pending');
  return <SyncBadge state={state} />;
}
