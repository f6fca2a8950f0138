import { create } from 'zustand';
import type { VersionMapView } from '../../shared/api/templates';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface VersionsState {
  /** The two versions compared, and what changed between them in words. */
  comparison: { fromId: string; toId: string; changes: string[] } | null;
  /** How a version continues the one before it, with where each trend breaks and why. */
  continuity: VersionMapView | null;
  continuityOf: string | null;
  error: string | null;
  compare(fromId: string, toId: string): Promise<void>;
  showContinuity(versionId: string): Promise<void>;
  /** The version's file, to save. */
  exportFile(versionId: string): Promise<{ fileName: string; text: string }>;
  reset(): void;
}

export const useTemplateVersions = create<VersionsState>((set) => ({
  comparison: null,
  continuity: null,
  continuityOf: null,
  error: null,
  async compare(fromId, toId) {
    try {
      const { changes } = await api['templates.diff']({ from: { versionId: fromId }, to: { versionId: toId } });
      set({ comparison: { fromId, toId, changes: changes.map((c) => c.text) }, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async showContinuity(versionId) {
    try {
      set({ continuity: await api['templates.elementMap']({ versionId }), continuityOf: versionId, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  exportFile: (versionId) => api['templates.export']({ versionId }),
  reset: () => set({ comparison: null, continuity: null, continuityOf: null, error: null }),
}));
