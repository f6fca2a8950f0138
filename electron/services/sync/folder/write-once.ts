import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempFileName } from '../../../../shared/sync/file-names';
import { LinkInShareError, lstatOrNull, openedInside } from './containment';
import { errorCode } from './fs-errors';
import { fsyncDirectory } from './fsync-dir';
import { readCapped } from './read-capped';

/** Create only, never through a link: O_EXCL already refuses a name that exists, a link included. */
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

export type WriteOnceResult =
  /** The file was not there and now is, complete. */
  | { kind: 'written' }
  /** A file with exactly these bytes was already there: nothing was changed. */
  | { kind: 'identical' }
  /** A different file is under that name: left untouched. */
  | { kind: 'different'; existingBytes: number };

export interface WriteOnceOptions {
  signal?: AbortSignal;
  /** The share's real path: the file being written must turn out to be inside it (./containment.ts). */
  insideOf?: string;
  /** Test seam: runs after the temporary file is complete and flushed, before it gets its final name. */
  beforeCommit?: (tempPath: string) => Promise<void>;
}

export class WriteAbortedError extends Error {
  constructor() {
    super('stopped before the file was put in place');
    this.name = 'WriteAbortedError';
  }
}

/**
 * Puts `bytes` at `dir/name` so that no reader ever sees part of it and an
 * existing file is never replaced:
 *
 * 1. write a hidden temporary file in the same folder and fsync it;
 * 2. hard-link it to the final name, which fails if that name exists (an atomic
 *    "create if absent", unlike rename, which would silently replace a file),
 *    and only then compare with what is there: a name is nearly always new,
 *    so looking first would cost every write a round trip;
 *    where the file system has no hard links, check then rename;
 * 3. remove the temporary name and fsync the folder (placeFileOnce leaves
 *    that to its caller, which may flush a folder once for many files before
 *    any of them counts as written).
 *
 * Killed at any point, this leaves either no final file or a complete one, and
 * at worst a stale temporary file that readers skip and a later run removes.
 * Nothing is followed: an existing name that is a link counts as a different
 * file, and a temporary file that turns out to be outside `insideOf` (a
 * folder on the way swapped for a link) is removed before it gets its name.
 */
export async function writeFileOnce(dir: string, name: string, bytes: Buffer, options: WriteOnceOptions = {}): Promise<WriteOnceResult> {
  const result = await placeFileOnce(dir, name, bytes, options);
  if (result.kind === 'written') await fsyncDirectory(dir);
  return result;
}

/** writeFileOnce but for the folder's flush: a name it gives is durable only once the caller has flushed `dir`. */
export async function placeFileOnce(dir: string, name: string, bytes: Buffer, options: WriteOnceOptions = {}): Promise<WriteOnceResult> {
  const finalPath = path.join(dir, name);
  const tempPath = path.join(dir, tempFileName(name, randomBytes(6).toString('hex')));
  try {
    const handle = await fs.open(tempPath, CREATE_FLAGS, 0o644);
    try {
      if (options.insideOf !== undefined && !(await openedInside(handle, tempPath, options.insideOf))) {
        throw new LinkInShareError(dir, 'outside the share (a folder on the way is a link)');
      }
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeCommit?.(tempPath);
    if (options.signal?.aborted) throw new WriteAbortedError();
    return await commit(tempPath, finalPath, bytes);
  } finally {
    // Gone already when renamed into place (no hard links); anything else is left for the stale-temp clean-up.
    await fs.unlink(tempPath).catch(() => undefined);
  }
}

async function commit(tempPath: string, finalPath: string, bytes: Buffer): Promise<WriteOnceResult> {
  try {
    await fs.link(tempPath, finalPath);
    return { kind: 'written' };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return (await compareExisting(finalPath, bytes)) ?? { kind: 'different', existingBytes: 0 };
    if (!noHardLinks(code)) throw error;
  }
  // FAT, exFAT and some network shares have no hard links. Two installs never
  // share a file name, so only a re-delivery of the same bytes could race here.
  const existing = await compareExisting(finalPath, bytes);
  if (existing) return existing;
  await fs.rename(tempPath, finalPath);
  return { kind: 'written' };
}

const noHardLinks = (code: string | undefined) => code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK';

/**
 * null when nothing is under that name. A file of another size is different
 * without being read; so is anything that is not a plain file (a link, a
 * pipe), which is never opened for reading.
 */
async function compareExisting(finalPath: string, bytes: Buffer): Promise<WriteOnceResult | null> {
  const stat = await lstatOrNull(finalPath);
  if (!stat) return null;
  if (!stat.isFile() || stat.size !== bytes.length) return { kind: 'different', existingBytes: stat.size };
  const existing = await readCapped(finalPath, bytes.length);
  if (existing.kind === 'gone') return null;
  if (existing.kind !== 'read') return { kind: 'different', existingBytes: existing.fingerprint.sizeBytes };
  return existing.bytes.equals(bytes) ? { kind: 'identical' } : { kind: 'different', existingBytes: existing.bytes.length };
}
