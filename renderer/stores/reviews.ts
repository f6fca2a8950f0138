import { create } from 'zustand';
import type { MethodInput } from '../../shared/api';
import type { ReviewListItem } from '../../shared/api/reviews';
import type { ScorecardStatus } from '../../shared/schemas/scorecard';
import { api } from '../api/client';
import { localDayEnd, localDayStart } from '../format/dates';
import { pagedList, type PagedList } from './paged-list';

export const PAGE_SIZE = 25;

export interface ReviewFilters {
  agentId: string | null;
  status: ScorecardStatus | null;
  /** Part of a reference, as typed. */
  search: string;
  /** Calendar days (YYYY-MM-DD) where the user is, both included; '' for no bound. */
  fromDay: string;
  toDay: string;
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
  search: '',
  fromDay: '',
  toDay: '',
  items: [],
  total: 0,
  ...pagedList<ReviewsState, ReviewFilters>(set, get, async ({ agentId, status, search, fromDay, toDay, page }) => {
    // Local days become the instants they start and end at here, so "from 3 March" means the user's 3 March.
    const from = localDayStart(fromDay);
    const to = localDayEnd(toDay);
    const result = await api['reviews.list']({
      ...(agentId ? { agentId } : {}),
      ...(status ? { status } : {}),
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
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
