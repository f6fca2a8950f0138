import fs from 'node:fs/promises';
import { parseTempFileName } from '../../../../shared/sync/layout';
import { errorCode } from './fs-errors';

/** Long enough that no write in progress, even over a slow network, is that old. */
export const STALE_TEMP_MS = 3600_000;

/**
 * Removes one of our temporary files if it is stale. "Ours" is strict: our
 * naming pattern AND a scorecard of this install (the name carries its id), so
 * a colleague's file, or anything else in the share, is never deleted.
 */
export async function removeIfOwnStaleTemp(file: string, name: string, isOwnScorecard: (id: string) => boolean, nowMs: number): Promise<boolean> {
  const temp = parseTempFileName(name);
  if (!temp || !isOwnScorecard(temp.scorecardId)) return false;
  try {
    const stat = await fs.stat(file);
    if (nowMs - stat.mtimeMs < STALE_TEMP_MS) return false;
    await fs.unlink(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
