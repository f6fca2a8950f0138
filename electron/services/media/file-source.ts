import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { ByteSource } from '../../../shared/media/bytes';

/** The shared sniffers' view of an open file: positioned reads, nothing else. */
export function fileByteSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      if (n === 0) return new Uint8Array(0);
      const buffer = Buffer.alloc(n);
      const { bytesRead } = await handle.read(buffer, 0, n, offset);
      return buffer.subarray(0, bytesRead);
    },
  };
}

const READ_CHUNK = 1024 * 1024;

/** SHA-256 of a whole file, streamed in 1 MiB reads: constant memory, and the event loop turns between reads. */
export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file, { highWaterMark: READ_CHUNK })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
