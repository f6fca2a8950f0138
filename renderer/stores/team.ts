import { create } from 'zustand';
import type { ImportedListItem } from '../../shared/api/sync';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

export const TEAM_PAGE_SIZE = 50;
/**
 * `sync.imported.list` pages but does not filter. With a filter typed, the
 * newest this-many are read in one call (the API's largest page) and
 * filtered here; the screen says so when there are more.
 */
export const TEAM_FILTER_WINDOW = 500;

export interface TeamFilters {
  agent: string;
  reviewer: string;
}

interface TeamState extends TeamFilters {
  page: number;
  /** The rows on screen. */
  items: ImportedListItem[];
  /** Matching rows: all imported ones without a filter, else those in the window that match. */
  total: number;
  /** All imported scorecards, as the backend counts them. */
  importedTotal: number;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  setFilters(filters: Partial<TeamFilters>): void;
  setPage(page: number): void;
  load(): Promise<void>;
}

const matches = (text: string, filter: string) => text.toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase());

/** Colleagues' scorecards read back from shared folders: read-only, newest call first. */
export const useTeam = create<TeamState>((set, get) => {
  let request = 0;
  return {
    agent: '',
    reviewer: '',
    page: 0,
    items: [],
    total: 0,
    importedTotal: 0,
    loaded: false,
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
      const { agent, reviewer, page } = get();
      const filtering = agent.trim() !== '' || reviewer.trim() !== '';
      set({ loading: true });
      try {
        if (!filtering) {
          const result = await api['sync.imported.list']({ limit: TEAM_PAGE_SIZE, offset: page * TEAM_PAGE_SIZE });
          if (mine === request) set({ items: result.items, total: result.total, importedTotal: result.total, loaded: true, loading: false, error: null });
          return;
        }
        const window = await api['sync.imported.list']({ limit: TEAM_FILTER_WINDOW, offset: 0 });
        const found = window.items.filter((item) => matches(item.agent.name, agent) && matches(item.reviewer.name, reviewer));
        if (mine !== request) return;
        set({
          items: found.slice(page * TEAM_PAGE_SIZE, (page + 1) * TEAM_PAGE_SIZE),
          total: found.length,
          importedTotal: window.total,
          loaded: true,
          loading: false,
          error: null,
        });
      } catch (error) {
        if (mine === request) set({ loading: false, loaded: true, error: errorMessage(error) });
      }
    },
  };
});
