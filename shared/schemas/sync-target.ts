import { z } from 'zod';
import { Id, IsoDateTime, NonEmptyText } from './common';
import { ServerTargetConfig } from './server-target';

/** A shared folder: a network drive or a folder a sync client (OneDrive, Dropbox, SharePoint) keeps in step. */
export const FolderTargetConfig = z
  .object({
    kind: z.literal('folder'),
    path: z.string().trim().min(1, { message: 'a folder path is required' }).max(4096),
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
