import { readlinkSync, realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './fs-errors';

/**
 * Nothing is read or written through a symbolic link inside a share, nor
 * outside the share's real path. A `scorecards/2026/11` folder replaced by a
 * link would otherwise send exports anywhere the link points, and a file
 * linked from outside (`/etc/passwd`, the database) would be read as a
 * colleague's document. The share's root itself may be a link (a mapped
 * drive, a synced folder under a link): it is resolved once, and everything
 * below it must be real.
 */
export class LinkInShareError extends Error {
  readonly at: string;
  constructor(at: string, what: string) {
    super(`${at} is ${what}: Callmark reads and writes nothing through links or outside the share, so it stops here. Put a real folder there, then retry.`);
    this.name = 'LinkInShareError';
    this.at = at;
  }
}

/** The share's root as it really is on disk (links in the configured path resolved). */
export const realRoot = (root: string): Promise<string> => fs.realpath(root);

/**
 * Makes (or finds) `real/a/b/c` as real folders, never following a link:
 * each part is looked at with lstat, and a link (or a file) where a folder
 * belongs stops the write. Returns the folder's path. Folders in `known`
 * (found real earlier in the same drain) are not looked at again: a later
 * swap for a link is still caught, as each file written is opened
 * (openedInside). Each folder this call looks at (made now, or found: a run
 * killed before its flush may have made it) is added to `looked`: its name
 * is durable once its parent is flushed.
 */
export async function ensureRealFolders(real: string, parts: readonly string[], known: Set<string> = new Set(), looked: string[] = []): Promise<string> {
  let dir = real;
  for (const part of parts) {
    dir = path.join(dir, part);
    if (known.has(dir)) continue;
    let stat = await lstatOrNull(dir);
    if (!stat) {
      try {
        await fs.mkdir(dir);
      } catch (error) {
        // Made by someone else in the meantime: looked at below like any other.
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      stat = await fs.lstat(dir);
    }
    if (stat.isSymbolicLink()) throw new LinkInShareError(dir, 'a symbolic link');
    // A file in a folder's place (a sync client mid-way, a person) is told as the file system would tell it.
    if (!stat.isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
    known.add(dir);
    looked.push(dir);
  }
  return dir;
}

/**
 * Whether an open file is inside the share: where the platform can say which
 * file a descriptor really is (Linux's /proc/self/fd), that is checked, so a
 * folder swapped for a link between looking and opening is caught too;
 * elsewhere the path's real location is checked.
 */
export async function openedInside(handle: fs.FileHandle, file: string, real: string): Promise<boolean> {
  let where: string;
  try {
    // In the kernel's table, no disk involved: asked synchronously, it costs a system call, not a trip through libuv's threads.
    where = process.platform === 'linux' ? readlinkSync(`/proc/self/fd/${handle.fd}`) : await fs.realpath(file);
  } catch {
    where = await fs.realpath(file);
  }
  return isInside(where, real);
}

/** openedInside, for a descriptor read synchronously (./read-capped.ts: readCappedSync). */
export function openedInsideSync(fd: number, file: string, real: string): boolean {
  let where: string;
  try {
    where = process.platform === 'linux' ? readlinkSync(`/proc/self/fd/${fd}`) : realpathSync(file);
  } catch {
    where = realpathSync(file);
  }
  return isInside(where, real);
}

const isInside = (where: string, real: string) => where.startsWith(real.endsWith(path.sep) ? real : real + path.sep);

export async function lstatOrNull(file: string) {
  try {
    return await fs.lstat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}
