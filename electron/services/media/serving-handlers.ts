import fs from 'node:fs/promises';
import { ApiError, type ApiHandlers } from '../../../shared/api';
import { peaksWindow, tableSeconds } from '../../../shared/media/peaks';
import type { WaveformPeaks } from '../../../shared/schemas/media';
import { requireScorecard } from '../reviews/load';
import type { MediaDeps } from './deps';
import { recordingPlayback } from './media-state';

/**
 * Formats whose waveform is left out on purpose, with the reason the reviewer reads. AAC: the only maintained
 * AAC decoder that runs in Node (FAAD2, as `@audio/decode-aac`) is GPL-2.0, which Callmark cannot ship
 * (docs/recordings.md, "Licence caveat").
 */
const NO_WAVEFORM_BECAUSE: Readonly<Record<string, string>> = {
  'mp4/aac':
    'No waveform for AAC (M4A) recordings: the only AAC decoder Callmark could use is licensed under the GPL, which Callmark cannot ship. The recording plays; the bar shows where you are.',
};

const gone = () => new ApiError('not_found', 'This playback link is no longer valid.');

export function servingHandlers(deps: MediaDeps): Pick<ApiHandlers, 'media.streamSource' | 'media.peaks'> {
  const { repos, recordings, capabilities, peaks } = deps;

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

    'media.peaks': async ({ scorecardId, buckets, fromSeconds, toSeconds }) => {
      const { scorecard } = requireScorecard(repos, scorecardId);
      const recording = recordings.get(scorecard.interactionId);
      const playback = await recordingPlayback(deps, scorecard, recording);
      const agentChannel = recording ? deps.agentChannels.get(recording.interactionId, recording.sha256) : 'unknown';
      const none = (message: string): WaveformPeaks => ({
        durationSeconds: recording?.durationSeconds ?? null,
        channelCount: recording?.channels ?? 0,
        agentChannel,
        fromSeconds: 0,
        toSeconds: 0,
        bucketSeconds: 0,
        finestSeconds: 0,
        channels: null,
        message,
      });
      if (!recording || !playback.source) return none(playback.message ?? 'This review has no recording.');
      const excluded = NO_WAVEFORM_BECAUSE[recording.format];
      if (excluded) return none(excluded);
      const served = capabilities.lookup(playback.source.url.slice(deps.urlBase.length));
      const table = served ? await peaks.table(recording.sha256, served.servePath) : null;
      if (!table) return none(`Callmark cannot draw a waveform for this recording (${recording.formatLabel}); it still plays.`);
      const window = peaksWindow(table, buckets, fromSeconds, toSeconds);
      return {
        durationSeconds: tableSeconds(table),
        channelCount: table.channels,
        agentChannel,
        ...window,
        finestSeconds: table.framesPerBucket / table.sampleRate,
        message: null,
      };
    },
  };
}
