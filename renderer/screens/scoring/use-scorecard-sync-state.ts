import { useEffect, useState } from 'react';
import type { ScorecardSyncState } from '../../../shared/api/sync';
import { api } from '../../api/client';

const POLL_MS = 2000;

/**
 * Where one completed revision stands in the outbox, refreshed while it is
 * still pending so the banner's badge turns to Sent (or Failed) by itself.
 * A failed load keeps the last answer: the badge is a hint, the Sync screen
 * says what is wrong.
 */
export function useScorecardSyncState(scorecardId: string, revision: number) {
  const [state, setState] = useState<ScorecardSyncState | undefined>(undefined);
  const [targetNames, setTargetNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const [targets, states] = await Promise.all([api['sync.targets.list']({}), api['sync.stateOf']({ scorecardIds: [scorecardId] })]);
        if (stopped) return;
        const mine = states[scorecardId];
        setState(mine);
        setTargetNames(Object.fromEntries(targets.map((t) => [t.id, t.name])));
        if (mine?.state === 'pending') timer = setTimeout(() => void load(), POLL_MS);
      } catch {
        if (!stopped) timer = setTimeout(() => void load(), POLL_MS * 5);
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [scorecardId, revision]);
  return { state, targetName: (id: string) => targetNames[id] };
}
