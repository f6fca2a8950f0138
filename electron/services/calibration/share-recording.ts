import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { RECORDINGS_FOLDER, sharedRecordingName, type RecordingCheck, type SessionRecording } from '../../../shared/calibration';
import { tempFileName } from '../../../shared/sync/file-names';
import { sha256OfFile } from '../media/file-source';
import { describeFsError, errorCode } from '../sync/folder/fs-errors';
import { fsyncDirectory } from '../sync/folder/fsync-dir';
import { shareProblem } from '../sync/folder/marker';
import type { StoredTarget } from '../sync/store/targets';
import type { RecordingHasher } from './recording-hasher';

/** A folder target: where a shared recording is written and looked for. */
export interface ShareFolder {
  name: string;
  root: string;
  shareId: string;
}

export function shareFolders(targets: readonly StoredTarget[]): ShareFolder[] {
  return targets.flatMap((t) => (t.enabled && t.config.kind === 'folder' && t.shareId ? [{ name: t.name, root: t.config.path, shareId: t.shareId }] : []));
}

const hashOrNull = (file: string) => sha256OfFile(file).catch(() => null);

/**
 * Copies the organiser's recording into a share, as share files are written
 * (docs/architecture.md): only into the folder whose marker is right, through
 * a hidden temporary file linked to its final name, never replacing a file,
 * and checked by hash once in place. Content-addressed, so a copy already
 * there with the same hash is simply kept. Throws a message in words.
 */
export async function copyRecordingIntoShare(share: ShareFolder, source: string, recording: SessionRecording): Promise<void> {
  const where = `The shared folder ${share.root}`;
  const problem = await shareProblem(share.root, share.shareId);
  if (problem) throw new Error(problem);
  const dir = path.join(share.root, RECORDINGS_FOLDER);
  const finalPath = path.join(dir, sharedRecordingName(recording));
  try {
    await fs.mkdir(dir, { recursive: true });
    if ((await hashOrNull(finalPath)) === recording.sha256) return;
    const temp = path.join(dir, tempFileName(sharedRecordingName(recording), randomBytes(6).toString('hex')));
    try {
      await fs.copyFile(source, temp, fs.constants.COPYFILE_EXCL);
      const handle = await fs.open(temp, 'r+');
      await handle.sync().finally(() => handle.close());
      if ((await sha256OfFile(temp)) !== recording.sha256) throw new Error(`The recording ${recording.fileName} changed while it was being copied: nothing was published.`);
      await fs.link(temp, finalPath).catch((error: unknown) => {
        if (errorCode(error) !== 'EEXIST') throw error;
      });
    } finally {
      await fs.rm(temp, { force: true });
    }
    await fsyncDirectory(dir);
  } catch (error) {
    throw new Error(error instanceof Error && !('code' in error) ? error.message : describeFsError(error, where), { cause: error });
  }
  if ((await hashOrNull(finalPath)) !== recording.sha256) {
    throw new Error(`A different file is already at ${path.join(RECORDINGS_FOLDER, sharedRecordingName(recording))} in ${share.root}: Callmark never replaces a file in a share. Move it aside, then publish again.`);
  }
}

/**
 * The session's shared recording as this install finds it, checked by hash on
 * arrival: in one of its shares and intact, not there yet (a sync client may
 * still be bringing it), or there with other content (damaged, or replaced).
 */
export async function findSharedRecording(
  shares: readonly ShareFolder[],
  recording: SessionRecording,
  hash: RecordingHasher,
): Promise<{ check: RecordingCheck; path: string | null }> {
  let differs: string | null = null;
  for (const share of shares) {
    if (await shareProblem(share.root, share.shareId)) continue;
    const file = path.join(share.root, RECORDINGS_FOLDER, sharedRecordingName(recording));
    const found = await hash(file);
    if (found === recording.sha256) return { check: { state: 'in_share', message: `The organiser shared the recording: ${recording.fileName}, checked, in ${share.name}.` }, path: file };
    if (found !== null) differs = `${file} (hash ${found.slice(0, 8)}…)`;
  }
  if (differs) {
    return {
      check: {
        state: 'differs',
        message: `The recording in the share, ${differs}, is not the session’s ${recording.fileName} (hash ${recording.sha256.slice(0, 8)}…): it was damaged or replaced. Ask the organiser to publish it again, or locate your own copy of the call when you score.`,
      },
      path: null,
    };
  }
  return {
    check: {
      state: 'not_arrived',
      message: `The organiser shared the recording ${recording.fileName}, but it is not in your shared folder yet (a sync client may still be copying it). You can start scoring and locate the file later.`,
    },
    path: null,
  };
}
