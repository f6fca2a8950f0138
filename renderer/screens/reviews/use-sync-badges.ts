import { useEffect, useMemo } from 'react';
import type { ReviewListItem } from '../../../shared/api/reviews';
import { usePolling } from '../../hooks/use-polling';
import { useSyncBadges } from '../../stores/sync-badges';

/** Fast enough to see "pending" turn into "sent"; each call is one indexed query for the page. */
const POLL_MS = 2000;

/**
 * Keeps the badges of the completed reviews on this page current: loaded when
 * the page's reviews change, then refreshed while any of them is still pending
 * and the page is visible. Sent and failed stay so until the user acts, so
 * polling stops there.
 */
export function useSyncBadgesFor(items: ReviewListItem[]): void {
  const idsKey = useMemo(
    () =>
      items
        .filter((i) => i.status === 'completed')
        .map((i) => i.id)
        .join(','),
    [items],
  );
  const load = useSyncBadges((s) => s.load);
  const anyPending = useSyncBadges((s) => (idsKey ? idsKey.split(',') : []).some((id) => s.states[id]?.state === 'pending'));
  const refresh = () => load(idsKey ? idsKey.split(',') : []).catch(() => undefined);

  useEffect(() => {
    void load(idsKey ? idsKey.split(',') : []).catch(() => undefined);
  }, [load, idsKey]);
  usePolling(refresh, POLL_MS, anyPending);
}
