import fs from 'node:fs/promises';
import { sha256OfFile } from '../media/file-source';

/** The SHA-256 of a file, or null when it cannot be read. */
export type RecordingHasher = (file: string) => Promise<string | null>;

/**
 * Hashes a shared recording each time its size or modification time moved,
 * and otherwise remembers: the session screen checks the share's copy every
 * time it opens, and a long call takes a while to hash.
 */
export function createRecordingHasher(): RecordingHasher {
  const known = new Map<string, { sizeBytes: number; mtimeMs: number; sha256: string }>();
  return async (file) => {
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return null;
      const seen = known.get(file);
      if (seen && seen.sizeBytes === stat.size && seen.mtimeMs === stat.mtimeMs) return seen.sha256;
      const sha256 = await sha256OfFile(file);
      known.set(file, { sizeBytes: stat.size, mtimeMs: stat.mtimeMs, sha256 });
      return sha256;
    } catch {
      return null;
    }
  };
}
