import { create } from 'zustand';
import { ApiError } from '../../shared/api/errors';
import type { MethodOutput } from '../../shared/api';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

export type ImportedRevision = MethodOutput<'sync.imported.get'>;

interface TeamScorecardState {
  scorecardId: string | null;
  /** Every imported revision of it, by number. */
  revisions: Record<number, ImportedRevision>;
  latest: number | null;
  /** Revisions before the latest that never reached this install (it imported a later one only). */
  notImported: number[];
  error: string | null;
  load(scorecardId: string): Promise<void>;
}

/**
 * One colleague's scorecard, read-only, with every revision this install
 * imported: the latest first, then each earlier one, so the history can be
 * read as its author left it.
 */
export const useTeamScorecard = create<TeamScorecardState>((set, get) => ({
  scorecardId: null,
  revisions: {},
  latest: null,
  notImported: [],
  error: null,
  async load(scorecardId) {
    set({ scorecardId, revisions: {}, latest: null, notImported: [], error: null });
    try {
      const latest = await api['sync.imported.get']({ scorecardId });
      const earlier = await Promise.all(
        Array.from({ length: latest.item.revision - 1 }, (_, i) =>
          api['sync.imported.get']({ scorecardId, revision: i + 1 }).catch((error: unknown) => {
            if (error instanceof ApiError && error.code === 'not_found') return null;
            throw error;
          }),
        ),
      );
      if (get().scorecardId !== scorecardId) return;
      const revisions: Record<number, ImportedRevision> = { [latest.item.revision]: latest };
      const notImported: number[] = [];
      earlier.forEach((found, i) => (found ? (revisions[i + 1] = found) : notImported.push(i + 1)));
      set({ revisions, latest: latest.item.revision, notImported });
    } catch (error) {
      if (get().scorecardId === scorecardId) set({ error: errorMessage(error) });
    }
  },
}));
