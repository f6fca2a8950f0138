import { create } from 'zustand';
import type { MethodInput } from '../../shared/api';
import type { ReviewListItem } from '../../shared/api/reviews';
import type { ScorecardStatus } from '../../shared/schemas/scorecard';
import { api } from '../api/client';
import { pagedList, type PagedList } from './paged-list';

export const PAGE_SIZE = 25;

export interface ReviewFilters {
  agentId: string | null;
  status: ScorecardStatus | null;
}

interface ReviewsState extends ReviewFilters, PagedList<ReviewFilters> {
  items: ReviewListItem[];
  total: number;
  /** Starts a review; returns the new scorecard's id, or throws with the backend's reason. */
  create(input: MethodInput<'reviews.create'>): Promise<string>;
}

/** The reviews list page: filters and page survive a visit to a review and back. */
export const useReviews = create<ReviewsState>((set, get) => ({
  agentId: null,
  status: null,
  items: [],
  total: 0,
  ...pagedList<ReviewsState, ReviewFilters>(set, get, async ({ agentId, status, page }) => {
    const result = await api['reviews.list']({
      ...(agentId ? { agentId } : {}),
      ...(status ? { status } : {}),
      limit: PAGE_SIZE,
      offset: page * PAGE_SIZE,
    });
    return { items: result.items, total: result.total };
  }),
  async create(input) {
    const detail = await api['reviews.create'](input);
    return detail.scorecard.id;
  },
}));
