import { create } from 'zustand';
import type { CoachingCounts } from '../../shared/api/coaching';
import { api } from '../api/client';

interface CoachingCountsState {
  counts: CoachingCounts | null;
  refresh(): Promise<void>;
}

/** What the navigation shows beside "Coaching": this coach's overdue work. Refreshed by polling and after each change a coach makes. */
export const useCoachingCounts = create<CoachingCountsState>((set) => ({
  counts: null,
  async refresh() {
    try {
      set({ counts: await api['coaching.counts']({}) });
    } catch {
      // The badge only helps; the Coaching home says what failed when it is opened.
    }
  },
}));
