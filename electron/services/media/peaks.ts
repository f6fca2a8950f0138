import fs from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { canComputePeaks, PeakAccumulator } from '../../../shared/media/peaks';
import { sniffAudio } from '../../../shared/media/sniff';
import { fileByteSource } from './file-source';

const READ_BYTES = 1024 * 1024;

/**
 * Peaks of a WAV file the page plays (original or decoded copy), read in 1 MiB
 * slices with the event loop turning between them. Null for compressed formats,
 * which the backend cannot decode.
 */
export async function computePeaks(file: string, buckets: number): Promise<{ codec: string; peaks: number[] } | null> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const sniffed = await sniffAudio(fileByteSource(handle, size));
    if (!sniffed.ok || !sniffed.format.wav || !canComputePeaks(sniffed.format.codec)) return null;
    const { wav, codec } = sniffed.format;
    const acc = new PeakAccumulator(codec, wav.channels, wav.frames, buckets);
    const buffer = Buffer.alloc(READ_BYTES);
    for (let done = 0; done < wav.dataBytes; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(READ_BYTES, wav.dataBytes - done), wav.dataOffset + done);
      if (bytesRead === 0) break;
      acc.push(buffer.subarray(0, bytesRead));
      done += bytesRead;
      await yieldToEventLoop();
    }
    return { codec, peaks: acc.result() };
  } finally {
    await handle.close();
  }
}
