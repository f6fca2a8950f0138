import { create } from 'zustand';
import type { ReviewListItem } from '../../shared/api/reviews';
import type { ScorecardStatus } from '../../shared/schemas/scorecard';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

export const PAGE_SIZE = 25;

export interface ReviewFilters {
  agentId: string | null;
  status: ScorecardStatus | null;
}

interface ReviewsState extends ReviewFilters {
  page: number;
  items: ReviewListItem[];
  total: number;
  loading: boolean;
  error: string | null;
  setFilters(filters: Partial<ReviewFilters>): void;
  setPage(page: number): void;
  load(): Promise<void>;
}

/** The reviews list page: filters and page survive a visit to a review and back. */
export const useReviews = create<ReviewsState>((set, get) => {
  let request = 0;
  return {
    agentId: null,
    status: null,
    page: 0,
    items: [],
    total: 0,
    loading: false,
    error: null,
    setFilters(filters) {
      set({ ...filters, page: 0 });
      void get().load();
    },
    setPage(page) {
      set({ page });
      void get().load();
    },
    async load() {
      const mine = ++request;
      const { agentId, status, page } = get();
      set({ loading: true });
      try {
        const result = await api['reviews.list']({
          ...(agentId ? { agentId } : {}),
          ...(status ? { status } : {}),
          limit: PAGE_SIZE,
          offset: page * PAGE_SIZE,
        });
        // A slower answer to an older filter must not replace a newer one.
        if (mine === request) set({ items: result.items, total: result.total, loading: false, error: null });
      } catch (error) {
        if (mine === request) set({ loading: false, error: errorMessage(error) });
      }
    },
  };
});
