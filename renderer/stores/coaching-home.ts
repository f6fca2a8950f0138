import { create } from 'zustand';
import type { ActionStatus } from '../../shared/coaching/action';
import type { CoachingHome } from '../../shared/api/coaching';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { useCoachingCounts } from './coaching-counts';

interface CoachingHomeState {
  home: CoachingHome | null;
  error: string | null;
  load(): Promise<void>;
  /** Marks an overdue action done or dropped (or open again), from the home. */
  setActionStatus(actionId: string, status: ActionStatus): Promise<void>;
}

/** The Coaching home: drafts, follow-ups and actions due or overdue, per coach. */
export const useCoachingHome = create<CoachingHomeState>((set, get) => ({
  home: null,
  error: null,
  async load() {
    try {
      set({ home: await api['coaching.home']({}), error: null });
      void useCoachingCounts.getState().refresh();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async setActionStatus(actionId, status) {
    try {
      await api['coaching.actions.setStatus']({ actionId, status });
      await get().load();
    } catch (error) {
      set({ error: `The action was not changed: ${errorMessage(error)}` });
    }
  },
}));
