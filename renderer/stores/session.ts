import { create } from 'zustand';
import type { AppInfo } from '../../shared/api/settings';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface SessionState {
  info: AppInfo | null;
  loadError: string | null;
  load(): Promise<void>;
  /** Saves the reviewer's own name; throws with the backend's message if refused. */
  setReviewerName(name: string): Promise<void>;
}

/** Who is using this install and where its data lives (app.info). */
export const useSession = create<SessionState>((set, get) => ({
  info: null,
  loadError: null,
  async load() {
    try {
      set({ info: await api['app.info']({}), loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  async setReviewerName(name) {
    const reviewer = await api['reviewer.setName']({ name });
    const info = get().info;
    if (info) set({ info: { ...info, reviewer } });
  },
}));
