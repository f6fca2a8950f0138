import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/**
 * A recording attached to an interaction. The app keeps the path the user chose
 * (never a copy unless asked) with its size and hash, to notice a file that was
 * moved or changed since.
 */
export const RecordingRef = z.object({
  interactionId: Id,
  fileName: z.string(),
  path: z.string(),
  sizeBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Container/codec as detected, e.g. "wav/pcm_s16le", "wav/ima_adpcm", "mp3". */
  format: z.string(),
  /** The same for people, e.g. "WAV, IMA ADPCM". */
  formatLabel: z.string(),
  durationSeconds: z.number().min(0).nullable(),
  sampleRate: z.number().int().nullable(),
  channels: z.number().int().nullable(),
  attachedAt: IsoDateTime,
});
export type RecordingRef = z.infer<typeof RecordingRef>;

/** An element of the scorecard's template, by its key: template keys are at most 64 characters (shared/schemas/template.ts). */
export const ElementKey = z.string().min(1).max(64, { message: 'an element id is at most 64 characters' });

/** A note dropped at a playback (or live clock) time, tied to one element or to the whole review. */
export const TimestampedNote = z.object({
  id: Id,
  scorecardId: Id,
  /** Null: about the whole review. */
  elementId: ElementKey.nullable(),
  atSeconds: z.number().min(0),
  text: z.string().max(5000),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type TimestampedNote = z.infer<typeof TimestampedNote>;

/**
 * The latest time in a review: seven days. Longer than any call, so a live clock left running over a weekend (it
 * stops here: shared/media/clock.ts) or a recording of a long shift still gives notes and positions a time the API
 * accepts, yet finite. The interaction's duration field keeps its own one-day limit.
 */
export const MAX_MEDIA_SECONDS = 7 * 24 * 3600;
export const MediaSeconds = z.number().min(0).max(MAX_MEDIA_SECONDS, { message: `a time in a review is at most 7 days (${MAX_MEDIA_SECONDS} s)` });

export const PlaybackSpeed = z.number().min(0.5, { message: 'speed must be at least 0.5×' }).max(2, { message: 'speed must be at most 2×' });

/**
 * none: no recording attached. ok: playable (playbackUrl set). missing: the file is not at its path (offer "locate
 * file"). changed: a file is there but it is not the recording that was attached. unsupported: it can no longer be
 * played (its decoded copy could not be made).
 */
export const RecordingStatus = z.enum(['none', 'ok', 'missing', 'changed', 'unsupported']);
export type RecordingStatus = z.infer<typeof RecordingStatus>;

/** Where the reviewer stopped and at what speed, per scorecard, so reopening resumes. */
export const PlaybackState = z.object({
  positionSeconds: MediaSeconds,
  speed: PlaybackSpeed,
  /** Null until the player first saves. */
  updatedAt: IsoDateTime.nullable(),
});
export type PlaybackState = z.infer<typeof PlaybackState>;

/**
 * The live-review clock as of `at`. While running, the page shows
 * elapsedSeconds + (its own now − at): `shownSeconds` in shared/media/clock.ts.
 */
export const ClockView = z.object({
  running: z.boolean(),
  elapsedSeconds: z.number().min(0),
  accumulatedSeconds: z.number().min(0),
  runningSince: IsoDateTime.nullable(),
  at: IsoDateTime,
});
export type ClockView = z.infer<typeof ClockView>;

/** How the page plays the recording: a URL only this page can use, valid until the recording is detached or re-linked. */
export const PlaybackSource = z.object({
  url: z.string(),
  contentType: z.string(),
  /** True when the backend serves a WAV it made (decoded IMA ADPCM, GSM 6.10 or G.726, or a truncated WAV mended), not the original bytes. */
  decoded: z.boolean(),
  durationSeconds: z.number().min(0).nullable(),
});
export type PlaybackSource = z.infer<typeof PlaybackSource>;

/** Which side of a stereo call is the agent: left (channel 0), right (channel 1), or not known. */
export const AgentChannel = z.enum(['left', 'right', 'unknown']);
export type AgentChannel = z.infer<typeof AgentChannel>;

/** Everything the player needs for one review, in one call. */
export const MediaState = z.object({
  scorecardId: Id,
  /** Completed scorecards: recording, notes and clock cannot change (playback position still saves). */
  readOnly: z.boolean(),
  recording: RecordingRef.nullable(),
  status: RecordingStatus,
  /** What to tell the reviewer when status is not ok/none; the review can be scored whatever it says. */
  message: z.string().nullable(),
  /** Something to tell the reviewer though the recording plays, e.g. that the file is truncated and plays as far as it goes. */
  warning: z.string().nullable(),
  /** Which channel of a stereo recording is the agent ('unknown' without a recording, for mono, or until set). */
  agentChannel: AgentChannel,
  source: PlaybackSource.nullable(),
  playback: PlaybackState,
  clock: ClockView,
});
export type MediaState = z.infer<typeof MediaState>;

/** Why a file was refused, in an ApiError's details, so the page can offer the right action. */
export const MediaProblemDetails = z.object({
  problem: z.enum(['unsupported', 'corrupt', 'truncated', 'not_audio', 'empty', 'missing', 'unreadable', 'changed', 'not_a_file']),
  /** The codec named in the message, for unsupported files. */
  codec: z.string().optional(),
  expectedSha256: z.string().optional(),
  foundSha256: z.string().optional(),
});
export type MediaProblemDetails = z.infer<typeof MediaProblemDetails>;

/** An opaque, one-time permission to attach the file the user picked in the desktop app's dialog or dropped on it. */
export const GrantId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'must be a file grant id' });
export const FileGrant = z.object({ grantId: GrantId, fileName: z.string() });
export type FileGrant = z.infer<typeof FileGrant>;

export const Capability = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, { message: 'must be a media capability' });

/**
 * Waveform peaks for one window of the recording (issue 13 items 3 and 4): the overview strip asks for the whole
 * recording at its width, a zoomed view for its window at its width, so an hour is never sent at full detail.
 */
export const WaveformPeaks = z.object({
  /** Null when the format cannot be read by the backend (then `message` says why). */
  durationSeconds: z.number().min(0).nullable(),
  /** Channels in the file (2 for a stereo call); the page draws one lane each. */
  channelCount: z.number().int().min(0),
  /** The per-recording setting; 'unknown' for mono recordings and until someone sets it. */
  agentChannel: AgentChannel,
  /** The window the values cover (never beyond the recording), and the seconds each value covers. */
  fromSeconds: z.number().min(0),
  toSeconds: z.number().min(0),
  bucketSeconds: z.number().min(0),
  /** The finest detail kept (about 5 ms): zooming further shows no more. */
  finestSeconds: z.number().min(0),
  /** Per channel in file order (0 = left), each bucket's largest magnitude, 0..1; null when there are no peaks. */
  channels: z.array(z.array(z.number().min(0).max(1))).nullable(),
  /** Why there are no peaks (the page then shows a plain position bar). */
  message: z.string().nullable(),
});
export type WaveformPeaks = z.infer<typeof WaveformPeaks>;
