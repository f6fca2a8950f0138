import { create } from 'zustand';
import type { PublishInput, SessionOptions } from '../../shared/api/calibration';
import type { SessionSummary } from '../../shared/calibration';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface CalibrationSessionsState {
  sessions: SessionSummary[];
  loaded: boolean;
  error: string | null;
  /** Reading the shares now: new sessions, colleagues' submissions and reveals. */
  reading: boolean;
  readNote: string | null;
  options: SessionOptions | null;
  load(): Promise<void>;
  /** Reads every shared folder now, then the list again. */
  readShares(): Promise<void>;
  loadOptions(): Promise<void>;
  /** Publishes a session; its id, or a refusal thrown with the reason. */
  publish(input: PublishInput): Promise<string>;
}

/** Every calibration session this install knows, and setting a new one up. */
export const useCalibrationSessions = create<CalibrationSessionsState>((set, get) => ({
  sessions: [],
  loaded: false,
  error: null,
  reading: false,
  readNote: null,
  options: null,
  async load() {
    try {
      set({ sessions: await api['calibration.list']({}), loaded: true, error: null });
    } catch (error) {
      set({ loaded: true, error: errorMessage(error) });
    }
  },
  async readShares() {
    if (get().reading) return;
    set({ reading: true, readNote: null });
    try {
      set({ readNote: await readEveryShare() });
    } catch (error) {
      set({ readNote: errorMessage(error) });
    } finally {
      set({ reading: false });
    }
    await get().load();
  },
  async loadOptions() {
    try {
      set({ options: await api['calibration.options']({}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async publish(input) {
    const view = await api['calibration.publish'](input);
    await get().load();
    return view.facts.sessionId;
  },
}));

/** Imports every enabled shared folder now and says what came of it, in one sentence. */
export async function readEveryShare(): Promise<string> {
  const folders = (await api['sync.targets.list']({})).filter((t) => t.enabled && t.config.kind === 'folder');
  if (!folders.length) return 'No shared folder is set up: add your team’s under Sync.';
  const reports = await Promise.all(folders.map((t) => api['sync.import']({ targetId: t.id })));
  const imported = reports.reduce((n, r) => n + r.imported, 0);
  const problems = reports.filter((r) => r.outcome !== 'done').map((r) => r.message);
  return [`Read ${folders.length === 1 ? 'the shared folder' : `${folders.length} shared folders`}: ${imported} new document${imported === 1 ? '' : 's'}.`, ...problems].join(' ');
}
