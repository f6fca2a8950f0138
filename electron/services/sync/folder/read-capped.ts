import fs from 'node:fs/promises';
import { errorCode } from './fs-errors';

export type CappedRead =
  | { kind: 'read'; bytes: Buffer; sizeBytes: number; mtimeMs: number }
  | { kind: 'too_large'; sizeBytes: number; mtimeMs: number }
  /** Listed a moment ago, gone now (moved or deleted by its owner or a sync client). */
  | { kind: 'gone' };

/** Reads a whole file unless it is bigger than `capBytes`, which is refused before a byte is read. */
export async function readCapped(file: string, capBytes: number): Promise<CappedRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (stat.size > capBytes) return { kind: 'too_large', sizeBytes: stat.size, mtimeMs: Math.trunc(stat.mtimeMs) };
    const bytes = await handle.readFile();
    return { kind: 'read', bytes, sizeBytes: bytes.length, mtimeMs: Math.trunc(stat.mtimeMs) };
  } finally {
    await handle.close();
  }
}

export async function statOrNull(file: string): Promise<{ sizeBytes: number; mtimeMs: number } | null> {
  try {
    const stat = await fs.stat(file);
    return { sizeBytes: stat.size, mtimeMs: Math.trunc(stat.mtimeMs) };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}
