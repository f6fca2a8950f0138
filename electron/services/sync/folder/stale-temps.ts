import fs from 'node:fs/promises';
import { errorCode } from './fs-errors';

/** Long enough that no write in progress, even over a slow network, is that old. */
export const STALE_TEMP_MS = 3600_000;

/**
 * Removes a temporary file if it is stale. The import runner asks only for
 * files that are ours: our naming pattern AND a document this install wrote
 * (the name carries its id), so a colleague's file, or anything else in the
 * share, is never deleted.
 */
export async function removeIfStaleTemp(file: string, nowMs: number): Promise<boolean> {
  try {
    const stat = await fs.lstat(file);
    if (nowMs - stat.mtimeMs < STALE_TEMP_MS) return false;
    await fs.unlink(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
