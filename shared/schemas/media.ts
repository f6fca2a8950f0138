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
  durationSeconds: z.number().min(0).nullable(),
  attachedAt: IsoDateTime,
});
export type RecordingRef = z.infer<typeof RecordingRef>;

/** A note dropped at a playback (or live clock) time, tied to one element or to the whole review. */
export const TimestampedNote = z.object({
  id: Id,
  scorecardId: Id,
  /** Null: about the whole review. */
  elementId: z.string().nullable(),
  atSeconds: z.number().min(0),
  text: z.string().max(5000),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type TimestampedNote = z.infer<typeof TimestampedNote>;
