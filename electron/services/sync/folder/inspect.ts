import fs from 'node:fs/promises';
import type { FolderInspection } from '../../../../shared/api/sync';
import { describeFsError } from './fs-errors';
import { readMarker } from './marker';

/** Dot files a sync client or the OS puts in any folder: they do not make a folder "in use". */
const HARMLESS = /^(\.|desktop\.ini$|thumbs\.db$|icon\r$)/i;

/**
 * What a folder is before it becomes a target. Only an empty folder gets a new
 * share; a folder with a marker can be adopted; a folder with other files and
 * no marker is refused, since it may be a mount point, someone's documents, or
 * a share whose marker was lost, and writing there would mix things up.
 */
export async function inspectFolder(root: string): Promise<Omit<FolderInspection, 'existingTargetId'>> {
  const base = { path: root, share: null };
  try {
    const stat = await fs.stat(root);
    if (!stat.isDirectory()) return { ...base, state: 'not_a_folder', message: `${root} is a file, not a folder.` };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { ...base, state: 'missing', message: `${root} does not exist. Create the folder (or connect its drive) first.` };
    return { ...base, state: 'unreadable', message: describeFsError(error, root, 'read') };
  }
  const marker = await readMarker(root);
  if (marker.kind === 'ok') {
    return {
      ...base,
      state: 'share',
      share: marker.marker,
      message: `${root} is a Callmark share set up by ${marker.marker.createdBy} on ${marker.marker.createdAt.slice(0, 10)}. Adopt it to share scorecards with its other users.`,
    };
  }
  if (marker.kind === 'unreachable') return { ...base, state: 'unreadable', message: marker.message };
  if (marker.kind === 'invalid') return { ...base, state: 'not_a_share', message: marker.message };
  let entries: string[];
  try {
    entries = await fs.readdir(root);
  } catch (error) {
    return { ...base, state: 'unreadable', message: describeFsError(error, root, 'read') };
  }
  if (entries.some((name) => !HARMLESS.test(name))) {
    return {
      ...base,
      state: 'not_a_share',
      message: `${root} already holds files but no Callmark marker (callmark-share.json). Choose an empty folder, or the folder of an existing share.`,
    };
  }
  return { ...base, state: 'empty', message: `${root} is empty: Callmark will set it up as a new share.` };
}
