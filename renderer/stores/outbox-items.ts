import { createStore } from 'zustand/vanilla';
import type { OutboxItem, OutboxState } from '../../shared/api/sync';
import { api } from '../api/client';
import { pagedList, type PagedList } from './paged-list';
import { perKey } from './per-key';

export const OUTBOX_PAGE_SIZE = 20;

export interface OutboxFilters {
  /** '' shows every state. */
  state: OutboxState | '';
}

interface OutboxItemsState extends OutboxFilters, PagedList<OutboxFilters> {
  items: OutboxItem[];
  total: number;
  /** Sends one failed scorecard again (its cause fixed), then reads the page again; throws with the reason if refused. */
  retry(item: OutboxItem): Promise<void>;
}

/** The scorecards queued for one sync target, a page at a time, filtered by state. */
export const outboxItemsOf = perKey((targetId) =>
  createStore<OutboxItemsState>()((set, get) => ({
    state: '',
    items: [],
    total: 0,
    ...pagedList<OutboxItemsState, OutboxFilters>(set, get, async ({ state, page }) => {
      const result = await api['sync.items.list']({
        targetId,
        ...(state ? { state } : {}),
        limit: OUTBOX_PAGE_SIZE,
        offset: page * OUTBOX_PAGE_SIZE,
      });
      return { items: result.items, total: result.total };
    }),
    async retry(item) {
      await api['sync.items.retry']({ targetId, itemId: item.id });
      await get().load();
    },
  })),
);
