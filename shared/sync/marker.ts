import { z } from 'zod';
import { Id, IsoDateTime } from '../schemas/common';

/**
 * The marker file at the root of a shared folder. Its presence proves the
 * folder is the real share and not an empty mount point of a disconnected
 * drive, which Joplin once read as "everything was deleted" (joplin 961, 4223,
 * 6304). Nothing is read from or written to a folder without it.
 */
export const ShareMarker = z.object({
  format: z.literal('callmark.share'),
  formatVersion: z.number().int().min(1),
  shareId: Id,
  createdAt: IsoDateTime,
  /** The reviewer who set the share up, so "adopt this share?" can say whose it is. */
  createdBy: z.string(),
});
export type ShareMarker = z.infer<typeof ShareMarker>;
