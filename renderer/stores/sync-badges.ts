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
  load(scorecardIds: string[]): Promise<void>;
}

/**
 * The sync badges of one page of the reviews list: one `sync.stateOf` call for
 * the page, not one per row. A failure to load leaves the old badges: a badge
 * is a hint, and the Sync screen says what is wrong with the backend.
 */
export const useSyncBadges = create<SyncBadgesState>((set) => {
  let request = 0;
  return {
    states: {},
    targetNames: {},
    hasTargets: false,
    async load(scorecardIds) {
      const mine = ++request;
      const [targets, states] = await Promise.all([
        api['sync.targets.list']({}),
        scorecardIds.length ? api['sync.stateOf']({ scorecardIds }) : Promise.resolve({}),
      ]);
      if (mine !== request) return;
      set({ states, targetNames: Object.fromEntries(targets.map((t) => [t.id, t.name])), hasTargets: targets.length > 0 });
    },
  };
});
