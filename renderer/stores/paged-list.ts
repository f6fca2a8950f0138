import type { StoreApi } from 'zustand';
import { errorMessage } from '../api/errors';

/** What a filtered, paged list store has besides its filters and rows. */
export interface PagedList<Filters> {
  page: number;
  loading: boolean;
  error: string | null;
  /** New filters start again from the first page. */
  setFilters(filters: Partial<Filters>): void;
  setPage(page: number): void;
  load(): Promise<void>;
}

/**
 * Paging for a list store whose page is read from the backend: `fetchPage`
 * turns the store's filters and page into the rows to show. Only the latest
 * load's answer is kept, since a slower answer to an older filter or page must
 * not replace a newer one; `failed` is what a failure sets besides the error.
 */
export function pagedList<State extends Filters & PagedList<Filters>, Filters>(
  set: (patch: Partial<Filters> | Partial<PagedList<Filters>> | Partial<State>) => void,
  get: StoreApi<State>['getState'],
  fetchPage: (state: State) => Promise<Partial<State>>,
  failed: Partial<State> = {},
): PagedList<Filters> {
  let request = 0;
  return {
    page: 0,
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
      set({ loading: true });
      try {
        const rows = await fetchPage(get());
        if (mine === request) set({ ...rows, loading: false, error: null });
      } catch (error) {
        if (mine === request) set({ ...failed, loading: false, error: errorMessage(error) });
      }
    },
  };
}
