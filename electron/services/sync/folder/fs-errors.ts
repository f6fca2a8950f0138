/**
 * Plain words for what a file system said. Every one of these leaves the item
 * queued for a later retry: an unplugged drive, a read-only share, a full disk
 * or a sync client holding a file (EBUSY/EPERM from OneDrive and Dropbox:
 * joplin 8146, 8512) all get better on their own or once the user acts.
 * `action` says whether Callmark was reading (the marker, an import) or
 * writing (a delivery), so the words match what was tried.
 */
export function describeFsError(error: unknown, where: string, action: 'read' | 'write' = 'write'): string {
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  const reading = action === 'read';
  switch (code) {
    case 'ENOENT':
      return `${where} cannot be found: is the drive or network share connected?`;
    case 'EACCES':
      return reading
        ? `${where} does not let Callmark read it (permission denied): ask for read access.`
        : `${where} does not let Callmark write (permission denied): ask for write access, or pick another folder.`;
    case 'EPERM':
      return reading
        ? `${where} refused the read (a sync client such as OneDrive or Dropbox may be holding it, or permission is missing).`
        : `${where} refused the write (a sync client such as OneDrive or Dropbox may be holding the file, or permission is missing).`;
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
      return `${where} could not be ${reading ? 'read' : 'written'}: ${detail}`;
  }
}

/**
 * Why one file of a share could not be read, for the list of skipped files
 * (the file is named beside it). `transient` problems (a file held by a sync
 * client, a network hiccup) are tried again at the next pass; the others only
 * once the file changes.
 */
export function describeReadProblem(error: unknown): { reason: string; transient: boolean } {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { reason: `could not be read: permission denied (${code}); ask whoever shares the folder for read access to it`, transient: false };
    case 'ELOOP':
      return { reason: 'could not be read: it is a symbolic link that loops back on itself (ELOOP)', transient: false };
    case 'EISDIR':
      return { reason: 'could not be read: it is a folder, not a file (EISDIR)', transient: false };
    case 'EBUSY':
    case 'EAGAIN':
      return { reason: `could not be read: it is in use, often by a sync client (${code}); it is tried again at the next pass`, transient: true };
    case 'EIO':
    case 'ETIMEDOUT':
    case 'ENOTCONN':
    case 'ESTALE':
    case 'ECONNRESET':
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return { reason: `could not be read: the drive or network failed while reading it (${code}); it is tried again at the next pass`, transient: true };
    default:
      return { reason: `could not be read${code ? ` (${code})` : ''}: ${detail}`, transient: false };
  }
}

export const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};
