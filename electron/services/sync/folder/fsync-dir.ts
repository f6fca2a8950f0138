import fs from 'node:fs/promises';

/**
 * Flushes a directory entry (the rename) to disk where the platform allows it.
 * Windows cannot open a directory for fsync and some network file systems
 * refuse it; the file itself was already flushed, so those are ignored.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort by design (see above).
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
