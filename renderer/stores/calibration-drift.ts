import { create } from 'zustand';
import type { DriftView } from '../../shared/calibration';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface CalibrationDriftState {
  drift: DriftView | null;
  error: string | null;
  load(): Promise<void>;
}

/** Each reviewer's deviation across the open calibration sessions this install knows. */
export const useCalibrationDrift = create<CalibrationDriftState>((set) => ({
  drift: null,
  error: null,
  async load() {
    try {
      set({ drift: await api['calibration.drift']({}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
