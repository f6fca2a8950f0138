/**
 * Whether a folder path is absolute on the platform it was typed for, without
 * node:path (shared/ runs in the page too): POSIX `/…`, a Windows drive
 * `C:\…` or `C:/…`, or a UNC share `\\server\share…` (also `\\?\…` long
 * paths). A relative path would be resolved against the backend's working
 * directory, which the user neither sees nor chose; `~` is not expanded by
 * anything on the way, and `C:folder` or `\folder` depend on the current drive
 * or directory, so all of them are refused.
 */
export function isAbsoluteFolderPath(text: string): boolean {
  if (text.startsWith('/')) return true;
  if (/^[A-Za-z]:[\\/]/.test(text)) return true;
  return /^\\\\[^\\/]+[\\/][^\\/]/.test(text);
}

export const ABSOLUTE_FOLDER_MESSAGE =
  'give the folder’s full path, starting at the drive or share: for example /Volumes/Team/Callmark, C:\\Callmark or \\\\server\\share\\Callmark';
