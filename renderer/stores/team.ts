import { create } from 'zustand';
import type { ImportedListItem } from '../../shared/api/sync';
import { api } from '../api/client';
import { pagedList, type PagedList } from './paged-list';

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

interface TeamState extends TeamFilters, PagedList<TeamFilters> {
  /** The rows on screen. */
  items: ImportedListItem[];
  /** Matching rows: all imported ones without a filter, else those in the window that match. */
  total: number;
  /** All imported scorecards, as the backend counts them. */
  importedTotal: number;
  loaded: boolean;
}

/** Whether a filter is typed: the list is then read in one window and filtered here. */
export const isFiltering = ({ agent, reviewer }: TeamFilters) => agent.trim() !== '' || reviewer.trim() !== '';

const matches = (text: string, filter: string) => text.toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase());

/** Colleagues' scorecards read back from shared folders: read-only, newest call first. */
export const useTeam = create<TeamState>((set, get) => ({
  agent: '',
  reviewer: '',
  items: [],
  total: 0,
  importedTotal: 0,
  loaded: false,
  ...pagedList<TeamState, TeamFilters>(
    set,
    get,
    async ({ agent, reviewer, page }) => {
      if (!isFiltering({ agent, reviewer })) {
        const result = await api['sync.imported.list']({ limit: TEAM_PAGE_SIZE, offset: page * TEAM_PAGE_SIZE });
        return { items: result.items, total: result.total, importedTotal: result.total, loaded: true };
      }
      const window = await api['sync.imported.list']({ limit: TEAM_FILTER_WINDOW, offset: 0 });
      const found = window.items.filter((item) => matches(item.agent.name, agent) && matches(item.reviewer.name, reviewer));
      return {
        items: found.slice(page * TEAM_PAGE_SIZE, (page + 1) * TEAM_PAGE_SIZE),
        total: found.length,
        importedTotal: window.total,
        loaded: true,
      };
    },
    // A failed first load is still a load: the table stops saying "Loading…" and the error shows.
    { loaded: true },
  ),
}));
