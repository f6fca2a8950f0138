import { create } from 'zustand';
import type { DashboardSummary } from '../../shared/api/reports';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface DashboardState {
  summary: DashboardSummary | null;
  error: string | null;
  load(): Promise<void>;
}

/** The home screen's summary of the last 30 local days. */
export const useDashboard = create<DashboardState>((set) => ({
  summary: null,
  error: null,
  async load() {
    try {
      set({ summary: await api['reports.summary']({}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
