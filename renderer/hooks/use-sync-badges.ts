import { useEffect, useMemo } from 'react';
import { useSyncBadges } from '../stores/sync-badges';
import { usePolling } from './use-polling';

/** Fast enough to see "pending" turn into "sent"; each call is one indexed query for the page. */
const POLL_MS = 2000;
/** After a failed load, try again now and then: the backend may be back. */
const RETRY_MS = 10_000;

/**
 * Keeps the badges of these completed scorecards current: loaded when the ids
 * (or `reloadKey`, such as a new revision) change, then refreshed while any of
 * them is still pending and the page is visible. Sent and failed stay so until
 * the user acts, so polling stops there.
 */
export function useSyncBadgesFor(scorecardIds: readonly string[], reloadKey: string | number = ''): void {
  const idsKey = scorecardIds.join(',');
  const ids = useMemo(() => (idsKey ? idsKey.split(',') : []), [idsKey]);
  const load = useSyncBadges((s) => s.load);
  const anyPending = useSyncBadges((s) => ids.some((id) => s.states[id]?.state === 'pending'));
  const failed = useSyncBadges((s) => s.failed);

  useEffect(() => {
    void load(ids);
  }, [load, ids, reloadKey]);
  usePolling(() => load(ids), failed ? RETRY_MS : POLL_MS, anyPending || failed);
}
