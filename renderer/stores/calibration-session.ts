import { create } from 'zustand';
import type { ElementOutcome, ResultsView, SessionView } from '../../shared/calibration';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { readEveryShare } from './calibration-sessions';

interface CalibrationSessionState {
  sessionId: string | null;
  view: SessionView | null;
  results: ResultsView | null;
  error: string | null;
  busy: boolean;
  note: string | null;
  load(sessionId: string): Promise<void>;
  loadResults(sessionId: string): Promise<void>;
  /** This install's calibration scorecard: started now, or the one already started. */
  start(): Promise<string | null>;
  reveal(): Promise<void>;
  readShares(): Promise<void>;
  saveOutcome(outcome: ElementOutcome): Promise<boolean>;
  publishOutcomes(): Promise<void>;
}

/** One calibration session: where it stands, its results once open, and what its participants and organiser do. */
export const useCalibrationSession = create<CalibrationSessionState>((set, get) => {
  /** Runs an action with one busy flag; its failure is shown, never thrown at a component. */
  const act = async <T>(work: (sessionId: string) => Promise<T>): Promise<T | null> => {
    const { sessionId, busy } = get();
    if (!sessionId || busy) return null;
    set({ busy: true, error: null, note: null });
    try {
      return await work(sessionId);
    } catch (error) {
      if (get().sessionId === sessionId) set({ error: errorMessage(error) });
      return null;
    } finally {
      if (get().sessionId === sessionId) set({ busy: false });
    }
  };
  const refresh = async (sessionId: string) => {
    const [view, results] = await Promise.all([api['calibration.get']({ sessionId }), get().results ? api['calibration.results']({ sessionId }) : null]);
    if (get().sessionId === sessionId) set({ view, ...(results ? { results } : {}) });
  };
  return {
    sessionId: null,
    view: null,
    results: null,
    error: null,
    busy: false,
    note: null,
    async load(sessionId) {
      if (get().sessionId !== sessionId) set({ sessionId, view: null, results: null, error: null, note: null, busy: false });
      try {
        await refresh(sessionId);
      } catch (error) {
        if (get().sessionId === sessionId) set({ error: errorMessage(error) });
      }
    },
    async loadResults(sessionId) {
      if (get().sessionId !== sessionId) set({ sessionId, view: null, results: null, error: null, note: null, busy: false });
      try {
        const results = await api['calibration.results']({ sessionId });
        if (get().sessionId === sessionId) set({ results });
      } catch (error) {
        if (get().sessionId === sessionId) set({ error: errorMessage(error) });
      }
    },
    start: () => act(async (sessionId) => (await api['calibration.start']({ sessionId })).scorecardId),
    async reveal() {
      await act(async (sessionId) => {
        set({ view: await api['calibration.reveal']({ sessionId }), note: 'Revealed: each participant’s answers arrive as their Callmark next reads the share.' });
      });
    },
    async readShares() {
      await act(async (sessionId) => {
        const note = await readEveryShare();
        await refresh(sessionId);
        set({ note });
      });
    },
    async saveOutcome(outcome) {
      const saved = await act(async (sessionId) => {
        await api['calibration.outcomes.save']({ sessionId, ...outcome });
        set({ results: await api['calibration.results']({ sessionId }) });
        return true;
      });
      return saved ?? false;
    },
    async publishOutcomes() {
      await act(async (sessionId) => {
        const { revision } = await api['calibration.outcomes.publish']({ sessionId });
        set({ results: await api['calibration.results']({ sessionId }), note: `Outcomes published (revision ${revision}): every install sees them once it reads the share.` });
      });
    },
  };
});
