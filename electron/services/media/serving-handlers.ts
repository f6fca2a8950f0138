import fs from 'node:fs/promises';
import { ApiError, type ApiHandlers } from '../../../shared/api';
import { canComputePeaks } from '../../../shared/media/peaks';
import { requireScorecard } from '../reviews/load';
import type { MediaDeps } from './deps';
import { recordingPlayback } from './media-state';
import { computePeaks } from './peaks';

const gone = () => new ApiError('not_found', 'This playback link is no longer valid.');

export function servingHandlers(deps: MediaDeps): Pick<ApiHandlers, 'media.streamSource' | 'media.peaks'> {
  const { repos, recordings, capabilities } = deps;
  const peaksCache = new Map<string, number[]>();

  return {
    /**
     * The media servers' lookup. A capability serves only while the recording
     * it was issued for is still the one attached, at the same path, unchanged
     * (size and time): anything else revokes it.
     */
    'media.streamSource': async ({ capability }) => {
      const served = capabilities.lookup(capability);
      if (!served) throw gone();
      const current = recordings.get(served.interactionId);
      const original = await fs.stat(served.originalPath).catch(() => null);
      if (
        !current ||
        current.sha256 !== served.sha256 ||
        current.path !== served.originalPath ||
        !original ||
        original.size !== current.sizeBytes ||
        Math.floor(original.mtimeMs) !== current.modifiedMs
      ) {
        capabilities.revoke(capability);
        throw gone();
      }
      const file = await fs.stat(served.servePath).catch(() => null);
      if (!file?.isFile()) {
        capabilities.revoke(capability);
        throw gone();
      }
      return { path: served.servePath, sizeBytes: file.size, contentType: served.contentType };
    },

    'media.peaks': async ({ scorecardId, buckets }) => {
      const { scorecard } = requireScorecard(repos, scorecardId);
      const recording = recordings.get(scorecard.interactionId);
      const playback = await recordingPlayback(deps, scorecard, recording);
      if (!recording || !playback.source) return { peaks: null, durationSeconds: null, message: playback.message ?? 'This review has no recording.' };
      const key = `${recording.sha256}:${buckets}`;
      let peaks = peaksCache.get(key);
      if (!peaks) {
        const served = capabilities.lookup(playback.source.url.slice(deps.urlBase.length));
        const computed = served ? await computePeaks(served.servePath, buckets) : null;
        if (!computed || !canComputePeaks(computed.codec)) {
          return { peaks: null, durationSeconds: recording.durationSeconds, message: `Callmark computes waveforms for WAV recordings; this one is ${recording.formatLabel}.` };
        }
        peaks = computed.peaks;
        if (peaksCache.size >= 16) peaksCache.delete(peaksCache.keys().next().value ?? '');
        peaksCache.set(key, peaks);
      }
      return { peaks, durationSeconds: recording.durationSeconds, message: null };
    },
  };
}
