import { z } from 'zod';
import { method, NoInput } from './method';
import { Id } from '../schemas/common';
import {
  AgentChannel,
  Capability,
  ClockView,
  ElementKey,
  FileGrant,
  GrantId,
  MediaSeconds,
  MediaState,
  PlaybackSource,
  PlaybackSpeed,
  PlaybackState,
  TimestampedNote,
  WaveformPeaks,
} from '../schemas/media';

const ForScorecard = z.object({ scorecardId: Id }).strict();
const FilePath = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), { message: 'a path cannot contain a NUL character' });

/**
 * Which file: in the desktop app always a grant from media.chooseFile or a dropped file (the IPC relay refuses a
 * raw path, so a compromised page cannot read /etc/passwd); a path only through the browser host, a loopback,
 * token-protected development and test host.
 */
const FileChoice = {
  path: FilePath.optional(),
  grantId: GrantId.optional(),
};
export const exactlyOneFile = (v: { path?: string | undefined; grantId?: string | undefined }) => (v.path === undefined) !== (v.grantId === undefined);
export const oneFileMessage = { message: 'give either path or grantId', path: ['path'] };

const NoteText = z.string().max(5000, { message: 'a note must be at most 5000 characters' });

/** Recordings, playback position, live clock and timestamped notes (issue 3). */
export const mediaApi = {
  /** Desktop app: the main process shows the open dialog and answers with a grant; null when cancelled. */
  'media.chooseFile': method(NoInput, z.object({ grant: FileGrant.nullable() })),
  'media.attach': method(z.object({ scorecardId: Id, ...FileChoice }).strict().refine(exactlyOneFile, oneFileMessage), MediaState),
  /** "Locate file": the same recording at a new path; a file whose content differs needs acceptChanged. */
  'media.relink': method(
    z.object({ scorecardId: Id, ...FileChoice, acceptChanged: z.boolean().default(false) }).strict().refine(exactlyOneFile, oneFileMessage),
    MediaState,
  ),
  'media.detach': method(ForScorecard, MediaState),
  'media.get': method(ForScorecard, MediaState),
  /** A fresh playback URL (after the old one stopped working, e.g. the page was open for many hours). */
  'media.playbackUrl': method(ForScorecard, PlaybackSource),
  /**
   * Waveform peaks of [fromSeconds, toSeconds) (default: the whole recording) in at most `buckets` values per
   * channel: the overview strip and each zoomed view ask for their own window at their own width.
   */
  'media.peaks': method(
    z
      .object({
        scorecardId: Id,
        buckets: z.number().int().min(16).max(20_000).default(2000),
        fromSeconds: MediaSeconds.optional(),
        toSeconds: MediaSeconds.optional(),
      })
      .strict()
      .refine((v) => v.fromSeconds === undefined || v.toSeconds === undefined || v.fromSeconds < v.toSeconds, {
        message: 'fromSeconds must be before toSeconds',
        path: ['toSeconds'],
      }),
    WaveformPeaks,
  ),
  /** Which channel of a stereo recording is the agent: a fact about the recording, kept while the same file is attached. */
  'media.setAgentChannel': method(z.object({ scorecardId: Id, agentChannel: AgentChannel }).strict(), MediaState),
  /** Throttle in the page (every few seconds, on pause and seek): each call is one small write. */
  'media.savePlayback': method(z.object({ scorecardId: Id, positionSeconds: MediaSeconds, speed: PlaybackSpeed }).strict(), PlaybackState),
  'media.clock.start': method(ForScorecard, ClockView),
  'media.clock.pause': method(ForScorecard, ClockView),
  'media.clock.get': method(ForScorecard, ClockView),
  /** The current notes in time order; with `revision`, those a completed revision was completed with (for History). */
  'media.notes.list': method(z.object({ scorecardId: Id, revision: z.number().int().min(1).optional() }).strict(), z.array(TimestampedNote)),
  'media.notes.add': method(
    z.object({ scorecardId: Id, atSeconds: MediaSeconds, elementId: ElementKey.nullable().default(null), text: NoteText.default('') }).strict(),
    TimestampedNote,
  ),
  'media.notes.update': method(
    z
      .object({ id: Id, atSeconds: MediaSeconds.optional(), elementId: ElementKey.nullable().optional(), text: NoteText.optional() })
      .strict()
      .refine((v) => v.atSeconds !== undefined || v.elementId !== undefined || v.text !== undefined, { message: 'nothing to change' }),
    TimestampedNote,
  ),
  'media.notes.delete': method(z.object({ id: Id }).strict(), z.object({ deleted: z.literal(true) })),
  /**
   * Transport-only: the media servers (Electron's callmark-media: handler, the host's /media route) turn a
   * capability into the file to serve. The IPC relay and the host's /api route refuse it from the page.
   */
  'media.streamSource': method(
    z.object({ capability: Capability }).strict(),
    z.object({ path: z.string(), sizeBytes: z.number().int().min(0), contentType: z.string() }),
  ),
};

/** Methods the page may never call; only the transports' media servers do. */
export const TRANSPORT_ONLY_METHODS: readonly string[] = ['media.streamSource'];
/** Methods that name a file: in the desktop app only by grant. */
export const FILE_CHOOSING_METHODS: readonly string[] = ['media.attach', 'media.relink'];
