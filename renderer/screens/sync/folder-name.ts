/** A name to offer for a new folder target: the folder's own name, whichever separator the path uses. */
export function suggestFolderName(path: string): string {
  const parts = path.trim().split(/[\\/]+/).filter(Boolean);
  return parts.at(-1)?.replace(/:$/, '') || 'Shared folder';
}
