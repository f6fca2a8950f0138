import { create } from 'zustand';
import type { FolderInspection, ImportReport, TargetStatus, TargetView, UpdatedTarget } from '../../shared/api/sync';
import type { MethodInput } from '../../shared/api';
import type { FileGrant } from '../../shared/schemas/media';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface SyncState {
  targets: TargetView[];
  /** The latest `sync.status` of each target, by id. */
  status: Record<string, TargetStatus>;
  loaded: boolean;
  /** When the status was last read (this clock): "next attempt in 40 s" counts from it. */
  checkedAt: number;
  error: string | null;
  /** Targets and their status: on opening the screen and after every change. */
  load(): Promise<void>;
  /** Status only: what the screen polls. */
  refreshStatus(): Promise<void>;
  /** Replaces one target after an add or an edit, so the list shows it before the next load. */
  put(target: TargetView): void;

  // What the user does to targets. Each throws with the backend's reason when refused.
  /** What is in a folder before it is added: empty, a share (whose), or something to refuse. */
  inspectFolder(choice: MethodInput<'sync.targets.inspectFolder'>): Promise<FolderInspection>;
  /** The desktop app's native folder dialog: a grant for the folder chosen, or null when cancelled. */
  chooseFolder(): Promise<FileGrant | null>;
  add(input: MethodInput<'sync.targets.add'>): Promise<TargetView>;
  update(input: MethodInput<'sync.targets.update'>): Promise<UpdatedTarget>;
  /** Forgets the target and its queue (never a file); returns how many waiting scorecards will not be sent. The caller reloads. */
  remove(targetId: string): Promise<number>;
  /** Every failed and waiting scorecard of the target, or one of them, now; returns how many. */
  retry(targetId: string, itemId?: number): Promise<number>;
  /** Reads a shared folder now; the report says what was found. */
  importNow(targetId: string): Promise<ImportReport>;
  /** Writes a lost marker back (the folder proved to be the share); returns what was done, in words. The caller reloads. */
  restoreMarker(targetId: string): Promise<string>;
  /** Joins the share the folder holds now and sends everything there again; returns what was done, in words. The caller reloads. */
  adoptShare(targetId: string, shareId: string): Promise<string>;
}

/** Sync targets and their live status, for the Sync screen. */
export const useSync = create<SyncState>((set, get) => {
  // Answers can arrive out of order when a share is slow: only the newest request may write.
  let request = 0;
  const statusById = (targets: TargetStatus[]) => Object.fromEntries(targets.map((t) => [t.targetId, t]));

  return {
    targets: [],
    status: {},
    loaded: false,
    checkedAt: 0,
    error: null,
    async load() {
      const mine = ++request;
      try {
        const [targets, status] = await Promise.all([api['sync.targets.list']({}), api['sync.status']({})]);
        if (mine === request) set({ targets, status: statusById(status.targets), loaded: true, checkedAt: Date.now(), error: null });
      } catch (error) {
        if (mine === request) set({ loaded: true, error: errorMessage(error) });
      }
    },
    async refreshStatus() {
      const mine = ++request;
      try {
        const status = await api['sync.status']({});
        if (mine !== request) return;
        const known = new Set(get().targets.map((t) => t.id));
        // A target added or removed elsewhere (another window): reload the list rather than show half of it.
        if (status.targets.length !== known.size || status.targets.some((t) => !known.has(t.targetId))) {
          await get().load();
          return;
        }
        set({ status: statusById(status.targets), loaded: true, checkedAt: Date.now(), error: null });
      } catch (error) {
        if (mine === request) set({ error: `Could not read the sync status: ${errorMessage(error)}` });
      }
    },
    put(target) {
      const targets = get().targets;
      const exists = targets.some((t) => t.id === target.id);
      set({ targets: exists ? targets.map((t) => (t.id === target.id ? target : t)) : [...targets, target] });
    },
    inspectFolder: (choice) => api['sync.targets.inspectFolder'](choice),
    chooseFolder: () => api['sync.targets.chooseFolder']({}).then(({ grant }) => grant),
    async add(input) {
      const target = await api['sync.targets.add'](input);
      get().put(target);
      return target;
    },
    async update(input) {
      const target = await api['sync.targets.update'](input);
      get().put(target);
      return target;
    },
    async remove(targetId) {
      const { droppedItems } = await api['sync.targets.remove']({ targetId });
      return droppedItems;
    },
    async retry(targetId, itemId) {
      const { retried } = await api['sync.items.retry']({ targetId, ...(itemId === undefined ? {} : { itemId }) });
      return retried;
    },
    importNow: (targetId) => api['sync.import']({ targetId }),
    restoreMarker: async (targetId) => (await api['sync.targets.restoreMarker']({ targetId })).message,
    adoptShare: async (targetId, shareId) => (await api['sync.targets.adoptShare']({ targetId, shareId })).message,
  };
});
