import type { WaveformPeaks } from '../../../shared/schemas/media';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { covers, type PeakRun } from '../../player/waveform/peak-columns';
import { wholeView } from '../../player/waveform/view-window';
import { finite } from './numbers';
import type { GetPlayer, PeaksState, SetPlayer } from './state';

/** The overview: enough values for the widest view of the whole call (an hour is 1.8 s a value). */
const OVERVIEW_BUCKETS = 2000;
/** The backend's lower limit for one answer. */
const MIN_BUCKETS = 16;

export interface PeaksLoader {
  /** Asks for the peaks together with the media state on open, saving a round trip before the waveform appears. */
  prefetch(scorecardId: string): void;
  /** The prefetched peaks are only for the first state: a recording attached later has other peaks. */
  forgetPrefetched(scorecardId: string): void;
  /** The waveform of the recording now playing from `url`. */
  load(scorecardId: string, url: string): Promise<void>;
  /** The zoomed view's own peaks at `columns` values; the overview stands in until they come. */
  wantDetail(columns: number): void;
}

const runOf = (result: WaveformPeaks): PeakRun | null =>
  result.channels ? { from: result.fromSeconds, bucketSeconds: result.bucketSeconds, channels: result.channels } : null;

function readyState(result: WaveformPeaks): PeaksState {
  const duration = finite(result.durationSeconds);
  const overview = runOf(result);
  if (!overview || !duration || (overview.channels[0]?.length ?? 0) === 0) return { state: 'unavailable', message: result.message };
  const loudest = Math.max(0, ...overview.channels.map((values) => Math.max(0, ...values)));
  return { state: 'ready', duration, channelCount: overview.channels.length, overview, finestSeconds: result.finestSeconds, loudest };
}

/** `playingUrl` tells whether the peaks that arrive are still for the recording on screen. */
export function createPeaksLoader(set: SetPlayer, get: GetPlayer, playingUrl: () => string | null): PeaksLoader {
  let prefetched: { scorecardId: string; result: ReturnType<(typeof api)['media.peaks']> } | null = null;
  /** One detail request at a time: a burst of zoom steps or a drag asks only for where it ended. */
  let inFlight = false;
  let wanted: { columns: number } | null = null;

  const fetchPeaks = (scorecardId: string) => {
    const result = api['media.peaks']({ scorecardId, buckets: OVERVIEW_BUCKETS });
    // Not every review has peaks to give (no recording, a missing file): an unused failure is not an error.
    result.catch(() => {});
    return result;
  };

  const fetchDetail = async (): Promise<void> => {
    const { scorecardId, view, peaks, detail } = get();
    const ask = wanted;
    wanted = null;
    if (!ask || !scorecardId || !view || peaks.state !== 'ready') return;
    const perColumn = (view.to - view.from) / ask.columns;
    // The overview (or the last window) is already fine enough: nothing to ask.
    if (covers(peaks.overview, view.from, view.to, perColumn) || covers(detail, view.from, view.to, Math.max(perColumn, peaks.finestSeconds))) return;
    inFlight = true;
    try {
      const result = await api['media.peaks']({ scorecardId, buckets: Math.max(MIN_BUCKETS, ask.columns), fromSeconds: view.from, toSeconds: view.to });
      if (get().scorecardId === scorecardId && get().peaks === peaks) set({ detail: runOf(result) });
    } catch {
      // The overview stays on screen; the next view asks again.
    } finally {
      inFlight = false;
    }
    if (wanted) await fetchDetail();
  };

  return {
    prefetch(scorecardId) {
      prefetched = { scorecardId, result: fetchPeaks(scorecardId) };
    },

    forgetPrefetched(scorecardId) {
      if (prefetched?.scorecardId === scorecardId) prefetched = null;
    },

    async load(scorecardId, url) {
      set({ peaks: { state: 'loading' }, detail: null, view: null, followsPlayhead: true });
      const current = () => get().scorecardId === scorecardId && playingUrl() === url;
      const early = prefetched?.scorecardId === scorecardId ? prefetched.result : null;
      prefetched = null;
      try {
        const result = await (early ?? fetchPeaks(scorecardId));
        if (!current()) return;
        const peaks = readyState(result);
        set({ peaks, view: peaks.state === 'ready' ? wholeView(peaks.duration) : null });
      } catch (error) {
        if (current()) set({ peaks: { state: 'unavailable', message: errorMessage(error) } });
      }
    },

    wantDetail(columns) {
      wanted = { columns: Math.round(columns) };
      if (!inFlight) void fetchDetail();
    },
  };
}
