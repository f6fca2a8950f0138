import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import type { EntryRead, Fingerprint } from '../../../../shared/sync/import-verdicts';
import { errorCode } from './fs-errors';

/** What reading gave: the bytes, or (as shared/sync/import-verdicts.ts has it) why there are none. */
export type CappedRead = { kind: 'read'; bytes: Buffer; fingerprint: Fingerprint } | Exclude<EntryRead, { kind: 'read' }>;

// A pipe opened for reading would wait for a writer for ever: non-blocking, it opens at once and is refused below.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a whole file unless it is bigger than `capBytes`, which is refused
 * before a byte is read, or is not a plain file. Other problems (permission,
 * a link that loops, the drive failing) are thrown for the caller to judge.
 */
export async function readCapped(file: string, capBytes: number): Promise<CappedRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    // Gone, or a symbolic link whose target is not there (which stays, and is listed every pass).
    const link = await lstatOrNull(file);
    return link?.isSymbolicLink() ? { kind: 'not_a_file', what: 'a link to a file that is not there', fingerprint: fingerprint(link) } : { kind: 'gone' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { kind: 'not_a_file', what: stat.isDirectory() ? 'a folder' : 'not a plain file (a pipe, socket or device)', fingerprint: fingerprint(stat) };
    if (stat.size > capBytes) return { kind: 'too_large', fingerprint: fingerprint(stat) };
    const bytes = await handle.readFile();
    return { kind: 'read', bytes, fingerprint: { sizeBytes: bytes.length, mtimeMs: Math.trunc(stat.mtimeMs) } };
  } finally {
    await handle.close();
  }
}

/**
 * Size and modification time, to tell whether a skipped file changed since:
 * of what the name points to, or of the name itself when that cannot be
 * followed (a link that loops or points nowhere). Null when the name is gone.
 */
export async function statOrNull(file: string): Promise<Fingerprint | null> {
  try {
    return fingerprint(await fs.stat(file));
  } catch (error) {
    const link = await lstatOrNull(file);
    if (link) return fingerprint(link);
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function lstatOrNull(file: string) {
  try {
    return await fs.lstat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

const fingerprint = (stat: { size: number; mtimeMs: number }): Fingerprint => ({ sizeBytes: stat.size, mtimeMs: Math.trunc(stat.mtimeMs) });
