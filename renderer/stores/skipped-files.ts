import { createStore } from 'zustand/vanilla';
import type { SkippedFile } from '../../shared/api/sync';
import { api } from '../api/client';
import { pagedList, type PagedList } from './paged-list';
import { perKey } from './per-key';

export const SKIPPED_PAGE_SIZE = 50;

interface SkippedFilesState extends PagedList<Record<never, never>> {
  items: SkippedFile[];
  total: number;
  /** False until the first page is read: the import report's own first files stand in until then. */
  loaded: boolean;
}

/** Every file of one shared folder that is currently skipped, with why, a page at a time. */
export const skippedFilesOf = perKey((targetId) =>
  createStore<SkippedFilesState>()((set, get) => ({
    items: [],
    total: 0,
    loaded: false,
    ...pagedList<SkippedFilesState, Record<never, never>>(set, get, async ({ page }) => {
      const result = await api['sync.import.skipped']({ targetId, limit: SKIPPED_PAGE_SIZE, offset: page * SKIPPED_PAGE_SIZE });
      return { items: result.items, total: result.total, loaded: true };
    }),
  })),
);
