import { ApiError } from '../../../../shared/api';
import type { TargetConfigInput } from '../../../../shared/api/sync';
import type { SyncTargetConfig } from '../../../../shared/schemas/sync-target';

/**
 * The backend takes a folder path: in the desktop app it arrives only from the
 * main process, which swapped the grant of its folder dialog for it
 * (electron/ipc/folder-relay.ts); a grant here means the call bypassed that
 * relay, which only the browser host can do, and it issues no grants.
 */
export function folderPathOf(choice: { path?: string | undefined; grantId?: string | undefined }): string {
  if (choice.path !== undefined) return choice.path;
  throw new ApiError('invalid_input', 'Folder grants come from the desktop app’s folder dialog; this host does not issue them. Give the folder’s full path instead.');
}

export const targetConfigOf = (config: TargetConfigInput): SyncTargetConfig =>
  config.kind === 'folder' ? { kind: 'folder', path: folderPathOf(config) } : config;
