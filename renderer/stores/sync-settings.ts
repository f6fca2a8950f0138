import { create } from 'zustand';
import type { SyncSettings } from '../../shared/sync/settings';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface SyncSettingsState {
  settings: SyncSettings | null;
  error: string | null;
  load(): Promise<void>;
  /** Saves the changed settings; true once the backend has them, else `error` says why. */
  change(changes: Partial<SyncSettings>): Promise<boolean>;
}

/** What leaves the laptop and how often shares are read: one install's choice, read on the Sync screen. */
export const useSyncSettings = create<SyncSettingsState>((set) => ({
  settings: null,
  error: null,
  async load() {
    try {
      set({ settings: await api['sync.settings.get']({}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async change(changes) {
    try {
      set({ settings: await api['sync.settings.set'](changes), error: null });
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    }
  },
}));
