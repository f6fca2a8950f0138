import fs from 'node:fs/promises';
import path from 'node:path';
import { MARKER_FILE } from '../../../../shared/sync/layout';
import { ShareMarker } from '../../../../shared/sync/marker';
import { describeFsError } from './fs-errors';
import { readCapped } from './read-capped';
import { writeFileOnce } from './write-once';

/** A marker is a few hundred bytes; it is read as every other file of a share is, capped (a 600 MB "marker" is not one). */
const MARKER_MAX_BYTES = 64 * 1024;

export type MarkerState =
  | { kind: 'ok'; marker: ShareMarker }
  /** The folder is there but carries no marker: a disconnected drive's empty mount point looks exactly like this. */
  | { kind: 'missing' }
  | { kind: 'invalid'; message: string }
  | { kind: 'unreachable'; message: string };

/** Reads the marker of the share rooted at `root`. Never throws. */
export async function readMarker(root: string): Promise<MarkerState> {
  try {
    const stat = await fs.stat(root);
    if (!stat.isDirectory()) return { kind: 'unreachable', message: `${root} is not a folder.` };
  } catch (error) {
    return { kind: 'unreachable', message: describeFsError(error, `The shared folder ${root}`, 'read') };
  }
  let text: string;
  try {
    // A pipe, a device such as /dev/zero, or a link in its place is refused without blocking or following it.
    const read = await readCapped(path.join(root, MARKER_FILE), MARKER_MAX_BYTES);
    if (read.kind === 'gone') return { kind: 'missing' };
    if (read.kind === 'not_a_file') return { kind: 'invalid', message: `The marker ${MARKER_FILE} in ${root} is ${read.what}, not a marker file.` };
    if (read.kind === 'too_large') return { kind: 'invalid', message: `The marker ${MARKER_FILE} in ${root} is far too large to be a Callmark marker.` };
    text = read.bytes.toString('utf8');
  } catch (error) {
    return { kind: 'unreachable', message: describeFsError(error, `The shared folder ${root}`, 'read') };
  }
  try {
    const parsed = ShareMarker.safeParse(JSON.parse(text));
    if (parsed.success) return { kind: 'ok', marker: parsed.data };
  } catch {
    // Falls through to the message below: a half-synced or hand-edited marker.
  }
  return { kind: 'invalid', message: `The marker file ${MARKER_FILE} in ${root} is damaged or not Callmark's.` };
}

/**
 * Why a folder target cannot be used right now, or null when its marker is
 * there and names the share it was set up with.
 */
export async function shareProblem(root: string, shareId: string): Promise<string | null> {
  return shareProblemOf(root, shareId, await readMarker(root));
}

/** The same, from a marker already read. */
export function shareProblemOf(root: string, shareId: string, state: MarkerState): string | null {
  switch (state.kind) {
    case 'ok':
      return state.marker.shareId === shareId
        ? null
        : `${root} now holds a different Callmark share (${state.marker.shareId}, set up by ${state.marker.createdBy}): nothing is read or written there until the right folder is back, or until you adopt that share on the Sync screen.`;
    case 'missing':
      return `The shared folder ${root} is not reachable: its marker file ${MARKER_FILE} is missing (the drive or network share may not be connected, or the marker was deleted: the Sync screen tells which). Documents stay queued.`;
    case 'invalid':
    case 'unreachable':
      return state.message;
  }
}

/**
 * Writes a new marker without ever replacing one: if another install set the
 * folder up at the same moment, theirs wins and is returned for adoption.
 */
export async function createMarker(root: string, marker: ShareMarker): Promise<ShareMarker> {
  const bytes = Buffer.from(`${JSON.stringify(marker, null, 2)}\n`, 'utf8');
  const result = await writeFileOnce(root, MARKER_FILE, bytes);
  if (result.kind !== 'different') return marker;
  const existing = await readMarker(root);
  if (existing.kind !== 'ok') throw new Error(`Another marker appeared in ${root} while it was being set up, and it cannot be read.`);
  return existing.marker;
}
