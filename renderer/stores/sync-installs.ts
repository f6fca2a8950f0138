import { create } from 'zustand';
import type { InstallsView } from '../../shared/api/sync-shares';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface SyncInstallsState {
  /** This computer's key, and the keys of the installs whose documents it reads. */
  view: InstallsView | null;
  error: string | null;
  load(): Promise<void>;
  /** After comparing fingerprints in person: this key is the install's from now on. Throws with the reason when refused. */
  trust(installId: string, publicKey: string): Promise<void>;
}

/** The signing keys on the Sync screen: fingerprints to compare in person, and keys that need a look. */
export const useSyncInstalls = create<SyncInstallsState>((set) => {
  // Only the newest request may write: the list is loaded on a timer and after every change.
  let request = 0;
  return {
    view: null,
    error: null,
    async load() {
      const mine = ++request;
      try {
        const view = await api['sync.installs.list']({});
        if (mine === request) set({ view, error: null });
      } catch (error) {
        if (mine === request) set({ error: `Could not read the signing keys: ${errorMessage(error)}` });
      }
    },
    async trust(installId, publicKey) {
      const view = await api['sync.installs.trust']({ installId, publicKey });
      ++request;
      set({ view, error: null });
    },
  };
});
