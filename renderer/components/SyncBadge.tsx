import type { ScorecardSyncState } from '../../shared/api/sync';
import { syncBadgeText } from '../format/sync-badge-text';
import './SyncBadge.css';

interface Props {
  /** From `sync.stateOf`; undefined while loading. */
  state: ScorecardSyncState | undefined;
  /** Names targets in the details ("Team share: the folder is read-only"); optional. */
  targetName?: (targetId: string) => string | undefined;
}

const icons = { pending: '…', sent: '✓', failed: '!' } as const;

/**
 * Where a completed scorecard stands in the outbox: pending, sent or failed.
 * Nothing at all when it is queued for no target (no target set up), so a
 * user who never syncs sees no noise. A failure's reason is the tooltip and is
 * also in the text a screen reader reads, since a tooltip alone is invisible
 * to it. Presentational: the list fetches the states, one `sync.stateOf` a page.
 */
export function SyncBadge({ state, targetName }: Props) {
  const words = syncBadgeText(state, targetName);
  if (!state || !words || state.state === 'not_queued') return null;
  return (
    <span className={`sync-badge sync-badge--${state.state}`} title={words.detail}>
      <span className="sync-badge__icon" aria-hidden="true">
        {icons[state.state]}
      </span>
      <span className="u-visually-hidden">Sync: </span>
      {words.label}
      {state.state === 'failed' && <span className="u-visually-hidden"> — {words.detail}</span>}
    </span>
  );
}
