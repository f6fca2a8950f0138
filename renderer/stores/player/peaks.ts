import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { finite } from './numbers';
import type { GetPlayer, SetPlayer } from './state';

/** Enough bars for a wide waveform; an hour is then 1.8 s per bar, read by the backend without decoding in the page. */
const PEAK_BUCKETS = 2000;

/** One lane for now: the louder channel at each moment, so a stereo call shows both sides (per-channel lanes come later). */
export function mixChannels(channels: readonly (readonly number[])[]): number[] {
  const [first = [], ...rest] = channels;
  return first.map((v, i) => rest.reduce((peak, ch) => Math.max(peak, ch[i] ?? 0), v));
}

export interface PeaksLoader {
  /** Asks for the peaks together with the media state on open, saving a round trip before the waveform appears. */
  prefetch(scorecardId: string): void;
  /** The prefetched peaks are only for the first state: a recording attached later has other peaks. */
  forgetPrefetched(scorecardId: string): void;
  /** The waveform of the recording now playing from `url`. */
  load(scorecardId: string, url: string): Promise<void>;
}

/** `playingUrl` tells whether the peaks that arrive are still for the recording on screen. */
export function createPeaksLoader(set: SetPlayer, get: GetPlayer, playingUrl: () => string | null): PeaksLoader {
  let prefetched: { scorecardId: string; result: ReturnType<(typeof api)['media.peaks']> } | null = null;

  const fetchPeaks = (scorecardId: string) => {
    const result = api['media.peaks']({ scorecardId, buckets: PEAK_BUCKETS });
    // Not every review has peaks to give (no recording, a missing file): an unused failure is not an error.
    result.catch(() => {});
    return result;
  };

  return {
    prefetch(scorecardId) {
      prefetched = { scorecardId, result: fetchPeaks(scorecardId) };
    },

    forgetPrefetched(scorecardId) {
      if (prefetched?.scorecardId === scorecardId) prefetched = null;
    },

    async load(scorecardId, url) {
      set({ peaks: { state: 'loading' } });
      const current = () => get().scorecardId === scorecardId && playingUrl() === url;
      const early = prefetched?.scorecardId === scorecardId ? prefetched.result : null;
      prefetched = null;
      try {
        const result = await (early ?? fetchPeaks(scorecardId));
        if (!current()) return;
        const duration = finite(result.durationSeconds);
        const mixed = result.channels ? mixChannels(result.channels) : [];
        if (mixed.length > 0 && duration) set({ peaks: { state: 'ready', peaks: mixed, duration } });
        else set({ peaks: { state: 'unavailable', message: result.message } });
      } catch (error) {
        if (current()) set({ peaks: { state: 'unavailable', message: errorMessage(error) } });
      }
    },
  };
}
