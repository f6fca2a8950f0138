import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SecretStoreError } from './store';

/**
 * Reading and writing a file that must stay private to this user account.
 *
 * - Created with mode 0600 at open time (O_CREAT|O_EXCL on a fresh temporary
 *   name), so there is no moment when it exists with wider permissions; then
 *   fchmod'ed to 0600 in case the umask was stricter than needed for us to
 *   read it back. Flushed (fsync), renamed over the old file, and the folder
 *   fsynced, so a crash leaves the old or the new file, never half of one.
 * - Never follows a symbolic link (O_NOFOLLOW), so nobody can point the file
 *   at a place they can read.
 * - Refuses a file that another account can read or that belongs to another
 *   account: its contents must be treated as seen. Writing a new file replaces
 *   it with a private one (that is the repair).
 *
 * On Windows the POSIX mode bits mean nothing: the per-user app-data folder's
 * ACL is what keeps others out, so the permission checks are skipped there.
 */
const POSIX = process.platform !== 'win32';
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

export const modeText = (mode: number) => `0${(mode & 0o777).toString(8).padStart(3, '0')}`;

/** The file's text, or null when it does not exist. Throws SecretStoreError('exposed') when others could read it. */
export function readPrivateFile(file: string): string | null {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw new SecretStoreError('exposed', `${file} is a symbolic link. Callmark keeps secrets only in a file it created itself, so it will not use this one.`);
    throw new SecretStoreError('io', `Could not open ${file}: ${(error as Error).message}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new SecretStoreError('exposed', `${file} is not a regular file, so Callmark will not read secrets from it.`);
    if (POSIX) {
      const uid = process.getuid?.();
      if (uid !== undefined && stat.uid !== uid) {
        throw new SecretStoreError('exposed', `${file} belongs to another user account (uid ${stat.uid}), so Callmark will not trust the secrets in it. Set the token again to replace the file.`);
      }
      if ((stat.mode & 0o077) !== 0) {
        throw new SecretStoreError(
          'exposed',
          `${file} can be read by other users of this computer (permissions ${modeText(stat.mode)}, expected 0600), so Callmark will not use the tokens in it. Treat them as seen: ask for new tokens on the server and set them again here, which rewrites the file readable only by you.`,
        );
      }
    }
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Replaces `file` with `text` atomically, readable and writable by this user only. */
export function writePrivateFileAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NOFOLLOW, 0o600);
  let renamed = false;
  try {
    try {
      if (POSIX) fs.fchmodSync(fd, 0o600);
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
    renamed = true;
    syncFolder(dir);
  } catch (error) {
    if (error instanceof SecretStoreError) throw error;
    throw new SecretStoreError('io', `Could not save ${file}: ${(error as Error).message}`);
  } finally {
    if (!renamed) fs.rmSync(tmp, { force: true });
  }
}

/** Makes the rename itself durable. Folders cannot be opened for fsync on Windows, where NTFS journals the rename. */
function syncFolder(dir: string): void {
  if (!POSIX) return;
  const fd = fs.openSync(dir, fs.constants.O_RDONLY);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
