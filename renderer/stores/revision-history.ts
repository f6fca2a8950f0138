import { create } from 'zustand';
import type { ScorecardRevision } from '../../shared/schemas/scorecard';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface RevisionHistoryState {
  /** Whose revisions these are: the scoring screen shows one scorecard at a time. */
  scorecardId: string | null;
  revisions: ScorecardRevision[];
  error: string | null;
  load(scorecardId: string): Promise<void>;
}

/** The completed revisions of the scorecard on screen, oldest first. */
export const useRevisionHistory = create<RevisionHistoryState>((set) => {
  // Only the newest request may write: a slow answer for the last scorecard must not replace this one's.
  let request = 0;
  return {
    scorecardId: null,
    revisions: [],
    error: null,
    async load(scorecardId) {
      const mine = ++request;
      try {
        const revisions = await api['reviews.history']({ scorecardId });
        if (mine === request) set({ scorecardId, revisions, error: null });
      } catch (error) {
        if (mine === request) set({ scorecardId, revisions: [], error: errorMessage(error) });
      }
    },
  };
});
