/**
 * Plain words for what a file system said. Every one of these leaves the item
 * queued for a later retry: an unplugged drive, a read-only share, a full disk
 * or a sync client holding a file (EBUSY/EPERM from OneDrive and Dropbox:
 * joplin 8146, 8512) all get better on their own or once the user acts.
 */
export function describeFsError(error: unknown, where: string): string {
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOENT':
      return `${where} cannot be found: is the drive or network share connected?`;
    case 'EACCES':
      return `${where} does not let Callmark write (permission denied): ask for write access, or pick another folder.`;
    case 'EPERM':
      return `${where} refused the write (a sync client such as OneDrive or Dropbox may be holding the file, or permission is missing).`;
    case 'EROFS':
      return `${where} is read-only.`;
    case 'EBUSY':
      return `A file in ${where} is in use, often by a sync client such as OneDrive or Dropbox.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding ${where} is full.`;
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EISDIR':
      return `${where} has a file where Callmark expects a folder (or the reverse): ${detail}`;
    case 'EIO':
    case 'ETIMEDOUT':
    case 'ENOTCONN':
    case 'ESTALE':
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'ECONNRESET':
    case 'ECONNREFUSED':
      return `${where} is not reachable (${String(code)}): the network or the drive is down.`;
    default:
      return `${where} could not be written: ${detail}`;
  }
}

export const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};
