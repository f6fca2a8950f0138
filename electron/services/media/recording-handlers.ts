import { ApiError, type ApiHandlers } from '../../../shared/api';
import { formatId } from '../../../shared/media/outcome';
import { requireDraft, requireScorecard } from '../reviews/load';
import type { MediaDeps } from './deps';
import { mediaState, recordingPlayback } from './media-state';
import { probeFile, requireAbsolutePath, type ProbedFile } from './probe';
import { fileProblem } from './problems';
import type { StoredRecording } from './recordings-store';

type Methods = 'media.chooseFile' | 'media.attach' | 'media.relink' | 'media.detach' | 'media.get' | 'media.playbackUrl' | 'media.setAgentChannel';

/**
 * The backend takes a path: in the desktop app it arrives only from the main
 * process, which swapped a grant for it (electron/ipc/media-relay.ts); here a
 * grant means the call bypassed that relay, which only the browser host can do.
 */
function givenPath(input: { path?: string | undefined; grantId?: string | undefined }): string {
  if (input.path !== undefined) return requireAbsolutePath(input.path);
  throw new ApiError('invalid_input', 'File grants come from the desktop app’s file dialog or a dropped file; this host does not issue them. Give the path instead.');
}

/**
 * Exports and History read the interaction's one recording, and reviews.discardDraft puts answers and notes back
 * but not the recording: a later revision's draft changing it would change what the completed revision was scored
 * against. Re-linking the same content (a moved file) changes nothing it says, and stays allowed everywhere.
 */
const RECORDING_LOCKED_MESSAGE =
  'The recording of a review that was completed once cannot be changed; its earlier revision was scored against it. If the file moved, locate it: the same recording at a new place is accepted. To score another recording, start a new review.';

/** A first draft may attach, replace or detach its recording; a completed scorecard or a later revision's draft may not. */
function requireRecordingChangeable(repos: MediaDeps['repos'], scorecardId: string) {
  const found = requireDraft(repos, scorecardId);
  if (found.scorecard.revision > 1) throw new ApiError('read_only', RECORDING_LOCKED_MESSAGE);
  return found;
}

const toStored = (file: ProbedFile, interactionId: string, attachedAt: string): StoredRecording => ({
  interactionId,
  path: file.path,
  fileName: file.fileName,
  sizeBytes: file.sizeBytes,
  modifiedMs: file.modifiedMs,
  sha256: file.sha256,
  format: formatId(file.format),
  formatLabel: file.format.label,
  durationSeconds: file.format.durationSeconds,
  sampleRate: file.format.sampleRate,
  channels: file.format.channels,
  attachedAt,
});

export function recordingHandlers(deps: MediaDeps): Pick<ApiHandlers, Methods> {
  const { ctx, repos, recordings, cache, peaks, capabilities } = deps;

  /** Runs after a change was committed: whatever goes wrong is logged, never reported as the change failing. */
  const pruneCache = () => {
    try {
      const keep = recordings.allHashes();
      cache.prune(keep);
      peaks.prune(keep);
    } catch (error) {
      console.error('callmark: pruning the media cache failed', error);
    }
  };

  /**
   * attach and relink read the recording, then await the file (hashing a long call takes a while) before saving:
   * the save re-reads it in the same transaction and refuses if it is no longer the one the call started from, so a
   * recording attached, replaced or detached meanwhile is never silently undone.
   */
  const requireUnchanged = (interactionId: string, expected: StoredRecording | null): StoredRecording | null => {
    const now = recordings.get(interactionId);
    const same = expected === null || now === null ? expected === now : expected.sha256 === now.sha256 && expected.attachedAt === now.attachedAt;
    if (!same) {
      throw new ApiError('conflict', 'The recording of this review changed while the file was being read (it was attached, replaced or detached by another action). Nothing was saved: look at the review again and retry if still needed.');
    }
    return now;
  };

  /** Decodes first (so a file that cannot be converted is refused), then stores it if the recording may still change. */
  const store = async (scorecardId: string, file: ProbedFile, expected: StoredRecording | null) => {
    let servePath = file.path;
    try {
      if (file.format.playback === 'decode' && file.format.wav) {
        try {
          servePath = await cache.ensure(file.path, file.sha256, file.format.wav);
        } catch (error) {
          throw fileProblem('invalid_input', `Cannot attach “${file.fileName}”: it could not be converted for playback (${error instanceof Error ? error.message : String(error)}). The review can still be scored without it.`, { problem: 'corrupt' });
        }
      }
      ctx.db.transaction(() => {
        const { scorecard } = requireRecordingChangeable(repos, scorecardId);
        requireUnchanged(scorecard.interactionId, expected);
        recordings.save(toStored(file, scorecard.interactionId, ctx.now()));
        capabilities.revokeInteraction(scorecard.interactionId);
      })();
      // The waveform is computed now, in the background, so it is ready (or nearly) when the page asks for it.
      peaks.warm(file.sha256, servePath);
    } finally {
      // Also after a refusal: a copy decoded for a recording that was not saved is not needed.
      pruneCache();
    }
  };

  return {
    'media.chooseFile': () => {
      throw new ApiError('conflict', 'Choosing a file with a dialog needs the desktop app. In the browser host, attach a recording by its path.');
    },

    'media.attach': async (input) => {
      const file = givenPath(input);
      const { scorecard } = requireRecordingChangeable(repos, input.scorecardId);
      const before = recordings.get(scorecard.interactionId);
      await store(input.scorecardId, await probeFile(file), before);
      return mediaState(deps, input.scorecardId);
    },

    'media.relink': async (input) => {
      const file = givenPath(input);
      const { scorecard } = requireScorecard(repos, input.scorecardId);
      const current = recordings.get(scorecard.interactionId);
      if (!current) throw new ApiError('not_found', 'This review has no recording to locate: attach one instead.');
      const found = await probeFile(file);
      if (found.sha256 === current.sha256) {
        // The same recording in a new place: allowed on a completed scorecard too, since nothing it says changes.
        ctx.db.transaction(() => {
          const { scorecard: now } = requireScorecard(repos, input.scorecardId);
          const recording = requireUnchanged(now.interactionId, current);
          if (!recording) throw new ApiError('not_found', 'This review has no recording to locate: attach one instead.');
          recordings.save({ ...recording, path: found.path, fileName: found.fileName, modifiedMs: found.modifiedMs });
          capabilities.revokeInteraction(now.interactionId);
        })();
        return mediaState(deps, input.scorecardId);
      }
      // Different content would change what the review says: refused outright where that is not allowed, so the
      // page does not offer "use it anyway" for a change that would be refused.
      requireRecordingChangeable(repos, input.scorecardId);
      if (!input.acceptChanged) {
        throw fileProblem(
          'conflict',
          `“${found.fileName}” is not the recording that was attached: its content is different. Use it anyway only if it is the right call.`,
          { problem: 'changed', expectedSha256: current.sha256, foundSha256: found.sha256 },
        );
      }
      await store(input.scorecardId, found, current);
      return mediaState(deps, input.scorecardId);
    },

    'media.detach': async ({ scorecardId }) => {
      ctx.db.transaction(() => {
        const { scorecard } = requireRecordingChangeable(repos, scorecardId);
        recordings.remove(scorecard.interactionId);
        capabilities.revokeInteraction(scorecard.interactionId);
      })();
      pruneCache();
      return mediaState(deps, scorecardId);
    },

    'media.get': ({ scorecardId }) => mediaState(deps, scorecardId),

    // Which side is the agent describes the file, not the score: it may be set on a completed review too.
    'media.setAgentChannel': async ({ scorecardId, agentChannel }) => {
      ctx.db.transaction(() => {
        const { scorecard } = requireScorecard(repos, scorecardId);
        const recording = recordings.get(scorecard.interactionId);
        if (!recording) throw new ApiError('not_found', 'This review has no recording: attach one before saying which side is the agent.');
        if (recording.channels !== 2) {
          throw new ApiError('invalid_input', `“${recording.fileName}” has ${recording.channels ?? 'an unknown number of'} channel${recording.channels === 1 ? '' : 's'}: only a stereo (two-channel) recording has an agent side.`);
        }
        deps.agentChannels.set(recording.interactionId, recording.sha256, agentChannel, ctx.now());
      })();
      return mediaState(deps, scorecardId);
    },

    'media.playbackUrl': async ({ scorecardId }) => {
      const { scorecard } = requireScorecard(repos, scorecardId);
      const playback = await recordingPlayback(deps, scorecard, recordings.get(scorecard.interactionId));
      if (playback.source) return playback.source;
      throw new ApiError(playback.status === 'none' ? 'not_found' : 'conflict', playback.message ?? 'This review has no recording.');
    },
  };
}
