import { create } from 'zustand';
import type { TemplateSummary, TemplateVersion } from '../../shared/schemas/template';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface TemplatesState {
  summaries: TemplateSummary[];
  /** Latest version of each template, for band colours and the new-review form. */
  versions: Record<string, TemplateVersion>;
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
}

export const useTemplates = create<TemplatesState>((set) => ({
  summaries: [],
  versions: {},
  loaded: false,
  loadError: null,
  async load() {
    try {
      const summaries = await api['templates.list']({});
      const versions = await Promise.all(summaries.map((s) => api['templates.getVersion']({ id: s.latestVersionId })));
      set({ summaries, versions: Object.fromEntries(versions.map((v) => [v.id, v])), loaded: true, loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
}));
