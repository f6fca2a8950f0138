import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import fs from 'node:fs/promises';
import { LINK_NOT_FOLLOWED, type EntryRead, type Fingerprint } from '../../../../shared/sync/import-verdicts';
import { lstatOrNull, openedInside, openedInsideSync } from './containment';
import { errorCode } from './fs-errors';

/** What reading gave: the bytes, or (as shared/sync/import-verdicts.ts has it) why there are none. */
export type CappedRead = { kind: 'read'; bytes: Buffer; fingerprint: Fingerprint } | Exclude<EntryRead, { kind: 'read' }>;

/**
 * A pipe opened for reading would wait for a writer for ever, and with a few
 * of them the whole backend could not even exit: non-blocking, it opens at
 * once and is refused below. A link is never followed (O_NOFOLLOW): it fails
 * to open and is reported as what it is.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Reads a whole file unless it is bigger than `capBytes` (refused before a
 * byte is read), is not a plain file (a device such as /dev/zero never ends,
 * a pipe never answers), is a link, or (when `insideOf`, the share's real
 * path, is given) turns out to be outside the share. No more than the size it
 * had when opened is read, so a file growing meanwhile cannot pass the cap.
 * Other problems (permission, the drive failing) are thrown for the caller to
 * judge.
 */
export async function readCapped(file: string, capBytes: number, insideOf?: string): Promise<CappedRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
  } catch (error) {
    return notOpened(error, await lstatOrNull(file));
  }
  try {
    // Of a file just opened, so answered from what the open brought (local disks and network shares alike): asked
    // synchronously, it saves a trip through libuv's thread pool per file.
    const stat = fstatSync(handle.fd);
    const refused = refusedBeforeReading(stat, capBytes);
    if (refused) return refused;
    if (insideOf !== undefined && !(await openedInside(handle, file, insideOf))) return OUTSIDE(stat);
    const bytes = await readAtMost(handle, stat.size);
    return { kind: 'read', bytes, fingerprint: { sizeBytes: bytes.length, mtimeMs: Math.trunc(stat.mtimeMs) } };
  } finally {
    await handle.close();
  }
}

/**
 * readCapped, every step a plain system call: for a thread of its own (the import's checking thread), where waiting
 * on the disk holds up nothing else, and a trip through libuv's thread pool per step would cost more than the step.
 */
export function readCappedSync(file: string, capBytes: number, insideOf?: string): CappedRead {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    let link: Stats | null = null;
    try {
      link = lstatSync(file);
    } catch (lstatError) {
      if (errorCode(lstatError) !== 'ENOENT') throw lstatError;
    }
    return notOpened(error, link);
  }
  try {
    const stat = fstatSync(fd);
    const refused = refusedBeforeReading(stat, capBytes);
    if (refused) return refused;
    if (insideOf !== undefined && !openedInsideSync(fd, file, insideOf)) return OUTSIDE(stat);
    // Not from Buffer's shared pool: the bytes may go to another thread, which would be handed the whole pool.
    const buffer = Buffer.allocUnsafeSlow(stat.size);
    let length = 0;
    while (length < stat.size) {
      const n = readSync(fd, buffer, length, stat.size - length, null);
      if (n === 0) break;
      length += n;
    }
    // A file that shrank meanwhile: copied, so what goes to another thread is the bytes read, not the whole buffer.
    const bytes = length === stat.size ? buffer : Buffer.from(Uint8Array.prototype.slice.call(buffer, 0, length).buffer);
    return { kind: 'read', bytes, fingerprint: { sizeBytes: bytes.length, mtimeMs: Math.trunc(stat.mtimeMs) } };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file read, as the import judges it: its text, and its bytes when they are valid UTF-8 (so exactly the text's
 * UTF-8), so its hashes are taken over them without encoding the text again (shared/sync/cut-members.ts). Bytes that
 * are not UTF-8 are read as replacement characters, which the bytes are not.
 */
export function textOf(got: CappedRead & { kind: 'read' }): EntryRead & { kind: 'read' } {
  const text = got.bytes.toString('utf8');
  return isUtf8(got.bytes) ? { kind: 'read', text, fingerprint: got.fingerprint, utf8: got.bytes } : { kind: 'read', text, fingerprint: got.fingerprint };
}

/** A name that would not open: a link (never followed), gone, or a problem thrown for the caller to judge. */
function notOpened(error: unknown, link: Stats | null): CappedRead {
  const code = errorCode(error);
  if (code !== 'ENOENT' && code !== 'ELOOP' && code !== 'EMLINK') throw error;
  if (link?.isSymbolicLink()) return { kind: 'not_a_file', what: LINK_NOT_FOLLOWED, fingerprint: fingerprint(link) };
  if (code !== 'ENOENT') throw error;
  return { kind: 'gone' };
}

/** An opened file that is not read: not a plain file, or over the cap. */
function refusedBeforeReading(stat: Stats, capBytes: number): CappedRead | null {
  if (!stat.isFile()) return { kind: 'not_a_file', what: stat.isDirectory() ? 'a folder' : 'not a plain file (a pipe, socket or device)', fingerprint: fingerprint(stat) };
  if (stat.size > capBytes) return { kind: 'too_large', fingerprint: fingerprint(stat) };
  return null;
}

/** The first `size` bytes (fewer if the file shrank meanwhile): usually one read. */
async function readAtMost(handle: fs.FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const { bytesRead } = await handle.read(buffer, length, size - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

const OUTSIDE = (stat: Stats): CappedRead => ({ kind: 'not_a_file', what: 'outside the share (a folder on its way is a link)', fingerprint: fingerprint(stat) });

/**
 * Size and modification time, to tell whether a skipped file changed since,
 * of the name itself: a link is looked at, never followed. Null when the name
 * is gone.
 */
export async function statOrNull(file: string): Promise<Fingerprint | null> {
  const stat = await lstatOrNull(file);
  return stat ? fingerprint(stat) : null;
}

const fingerprint = (stat: { size: number; mtimeMs: number }): Fingerprint => ({ sizeBytes: stat.size, mtimeMs: Math.trunc(stat.mtimeMs) });
