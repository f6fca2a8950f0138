import { create } from 'zustand';
import type { ScorecardSyncState } from '../../shared/api/sync';
import { api } from '../api/client';

interface SyncBadgesState {
  /** By scorecard id, for the ids last asked about. */
  states: Record<string, ScorecardSyncState>;
  /** Target names by id, so a failure can say where it failed. */
  targetNames: Record<string, string>;
  /** No target at all: the list shows no sync column. */
  hasTargets: boolean;
  /** The last load failed: the badges shown are the ones before it. */
  failed: boolean;
  load(scorecardIds: readonly string[]): Promise<void>;
}

/**
 * The sync badges of what is on screen (a page of the reviews list, or the
 * one completed scorecard open): one `sync.stateOf` call for all of them, not
 * one per row. A failure to load keeps the old badges: a badge is a hint, and
 * the Sync screen says what is wrong with the backend.
 */
export const useSyncBadges = create<SyncBadgesState>((set) => {
  let request = 0;
  return {
    states: {},
    targetNames: {},
    hasTargets: false,
    failed: false,
    async load(scorecardIds) {
      const mine = ++request;
      try {
        const [targets, states] = await Promise.all([
          api['sync.targets.list']({}),
          scorecardIds.length ? api['sync.stateOf']({ kind: 'scorecard', documentIds: [...scorecardIds] }) : Promise.resolve({}),
        ]);
        if (mine !== request) return;
        set({ states, targetNames: Object.fromEntries(targets.map((t) => [t.id, t.name])), hasTargets: targets.length > 0, failed: false });
      } catch {
        if (mine === request) set({ failed: true });
      }
    },
  };
});
