import path from 'node:path';
import { MARKER_FILE } from '../../../../shared/sync/layout';
import { lstatOrNull, realRoot } from './containment';
import { shareProblem } from './marker';

type MarkerIdentity = { dev: number; ino: number; size: number; mtimeMs: number };

const sameFile = (a: MarkerIdentity, b: MarkerIdentity) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * The check before each write that the folder still holds the share (a
 * disconnected drive's empty mount point must never receive files: joplin
 * 961, 4223, 6304), made cheap for a drain of thousands of files: the marker
 * is read and checked in full once, then only looked at (one lstat) before
 * each write. A marker that is not the very file checked (another inode, size
 * or time, or none: the drive went) is read in full again. Answers the share's
 * real path with it, or the problem in words.
 */
export function createShareCheck(root: string, shareId: string) {
  const markerFile = path.join(root, MARKER_FILE);
  let checked: (MarkerIdentity & { real: string }) | null = null;
  return async (): Promise<{ ok: true; real: string } | { ok: false; problem: string }> => {
    const before = await lstatOrNull(markerFile).catch(() => null);
    if (checked && before && sameFile(before, checked)) return { ok: true, real: checked.real };
    checked = null;
    const problem = await shareProblem(root, shareId);
    if (problem) return { ok: false, problem };
    const after = await lstatOrNull(markerFile).catch(() => null);
    const real = await realRoot(root);
    // Remembered only if nothing moved while it was read.
    if (before && after && sameFile(before, after)) checked = { dev: after.dev, ino: after.ino, size: after.size, mtimeMs: after.mtimeMs, real };
    return { ok: true, real };
  };
}

export type ShareCheck = ReturnType<typeof createShareCheck>;
