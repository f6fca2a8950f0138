import type { FolderInspection } from '../../../shared/api/sync';

/** What adding the folder will do, decided by the backend's look at it: set up, adopt, or refuse. */
export function folderVerdict(inspection: FolderInspection): 'set-up' | 'adopt' | 'refuse' {
  if (inspection.state === 'empty') return 'set-up';
  if (inspection.state === 'share' && inspection.share && !inspection.existingTargetId) return 'adopt';
  return 'refuse';
}
