import { z } from 'zod';
import { ABSOLUTE_FOLDER_MESSAGE, isAbsoluteFolderPath } from '../sync/folder-path';
import { Id, IsoDateTime, NonEmptyText } from './common';
import { ServerTargetConfig } from './server-target';

/** A folder's full path (POSIX, Windows drive or UNC): a relative one would depend on the backend's working directory. */
export const FolderPath = z
  .string()
  .trim()
  .min(1, { message: 'a folder path is required' })
  .max(4096)
  .refine(isAbsoluteFolderPath, { message: ABSOLUTE_FOLDER_MESSAGE });

/** A shared folder: a network drive or a folder a sync client (OneDrive, Dropbox, SharePoint) keeps in step. */
export const FolderTargetConfig = z
  .object({
    kind: z.literal('folder'),
    path: FolderPath,
  })
  .strict();
export type FolderTargetConfig = z.infer<typeof FolderTargetConfig>;

export const SyncTargetConfig = z.discriminatedUnion('kind', [FolderTargetConfig, ServerTargetConfig]);
export type SyncTargetConfig = z.infer<typeof SyncTargetConfig>;

export const SyncTarget = z.object({
  id: Id,
  name: NonEmptyText('Name'),
  config: SyncTargetConfig,
  enabled: z.boolean(),
  createdAt: IsoDateTime,
});
export type SyncTarget = z.infer<typeof SyncTarget>;
