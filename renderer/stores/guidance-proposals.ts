import { create } from 'zustand';
import type { GuidanceProposal } from '../../shared/api/calibration';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface GuidanceProposalsState {
  templateId: string | null;
  /** Newest first, as calibration outcomes proposed them for this template's elements. */
  proposals: GuidanceProposal[];
  error: string | null;
  load(templateId: string): Promise<void>;
}

/**
 * The guidance calibration discussions proposed for a template (issue 10: "the
 * guidance text of the template can be amended from it through the builder's
 * next version"): the builder offers each beside its element.
 */
export const useGuidanceProposals = create<GuidanceProposalsState>((set, get) => ({
  templateId: null,
  proposals: [],
  error: null,
  async load(templateId) {
    if (get().templateId !== templateId) set({ templateId, proposals: [], error: null });
    try {
      const proposals = await api['calibration.guidance']({ templateId });
      if (get().templateId === templateId) set({ proposals, error: null });
    } catch (error) {
      if (get().templateId === templateId) set({ error: errorMessage(error) });
    }
  },
}));
