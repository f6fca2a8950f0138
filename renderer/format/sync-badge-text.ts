import type { ScorecardSyncState } from '../../shared/api/sync';

/** The badge's words: null when there is nothing to show (not queued for any target). */
export function syncBadgeText(
  state: ScorecardSyncState | undefined,
  targetName: (id: string) => string | undefined = () => undefined,
): { label: string; detail: string } | null {
  if (!state || state.state === 'not_queued') return null;
  if (state.state === 'sent') return { label: 'Sent', detail: state.targets.length > 1 ? `Sent to all ${state.targets.length} targets.` : 'Sent.' };
  if (state.state === 'pending') {
    const waiting = state.targets.filter((t) => t.state === 'pending').map((t) => targetName(t.targetId) ?? 'a target');
    return { label: 'Pending', detail: `Waiting to be sent to ${waiting.join(', ')}.` };
  }
  const failed = state.targets.filter((t) => t.state === 'failed');
  const detail = failed
    .map((t) => {
      const name = targetName(t.targetId);
      return `${name ? `${name}: ` : ''}${t.lastError ?? 'failed'}`;
    })
    .join(' ');
  return { label: 'Failed', detail };
}
