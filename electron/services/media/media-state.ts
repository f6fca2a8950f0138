import { elapsedMs, STOPPED_CLOCK, type ClockState } from '../../../shared/media/clock';
import type { ClockView, MediaState, PlaybackSource, RecordingStatus } from '../../../shared/schemas/media';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import { requireScorecard } from '../reviews/load';
import type { MediaDeps } from './deps';
import { resolvePlayable } from './playable';
import { checkRecordingFile } from './recording-check';
import { toRecordingRef, type StoredRecording } from './recordings-store';

export function clockView(state: ClockState | null, now: string): ClockView {
  const s = state ?? STOPPED_CLOCK;
  return {
    running: s.runningSince !== null,
    elapsedSeconds: elapsedMs(s, Date.parse(now)) / 1000,
    accumulatedSeconds: s.accumulatedMs / 1000,
    runningSince: s.runningSince,
    at: now,
  };
}

export interface RecordingPlayback {
  status: RecordingStatus;
  message: string | null;
  warning: string | null;
  source: PlaybackSource | null;
}

/** Checks the attached file and, if it plays, issues (or reuses) the capability URL the page plays it from. */
export async function recordingPlayback(deps: MediaDeps, scorecard: Scorecard, recording: StoredRecording | null): Promise<RecordingPlayback> {
  if (!recording) return { status: 'none', message: null, warning: null, source: null };
  const check = await checkRecordingFile(recording, deps.recordings);
  if (check.status !== 'ok') {
    deps.capabilities.revokeInteraction(recording.interactionId);
    return { status: check.status, message: check.message, warning: null, source: null };
  }
  const playable = await resolvePlayable(recording, deps.cache);
  if (!playable.ok) return { status: 'unsupported', message: `${playable.message} The review can still be scored.`, warning: null, source: null };
  const capability = deps.capabilities.issue({
    scorecardId: scorecard.id,
    interactionId: recording.interactionId,
    sha256: recording.sha256,
    originalPath: recording.path,
    servePath: playable.servePath,
    contentType: playable.contentType,
  });
  return {
    status: 'ok',
    message: null,
    warning: playable.format.warning,
    source: { url: `${deps.urlBase}${capability}`, contentType: playable.contentType, decoded: playable.decoded, durationSeconds: recording.durationSeconds },
  };
}

/** Everything the player shows for one review. */
export async function mediaState(deps: MediaDeps, scorecardId: string): Promise<MediaState> {
  const { scorecard } = requireScorecard(deps.repos, scorecardId);
  const recording = deps.recordings.get(scorecard.interactionId);
  const playback = await recordingPlayback(deps, scorecard, recording);
  return {
    scorecardId,
    readOnly: scorecard.status !== 'draft',
    recording: recording ? toRecordingRef(recording) : null,
    ...playback,
    agentChannel: recording ? deps.agentChannels.get(recording.interactionId, recording.sha256) : 'unknown',
    playback: deps.playback.position(scorecardId),
    clock: clockView(deps.playback.clock(scorecardId), deps.ctx.now()),
  };
}
