import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { decodeImaAdpcm } from '../../../shared/media/ima-adpcm';
import type { WavLayout } from '../../../shared/media/outcome';
import { pcm16WavHeader } from '../../../shared/media/wav-header';

export const CACHE_FOLDER = 'media-cache';
/**
 * Blocks decoded per slice. 512 blocks of 256 bytes are ~260 000 samples: a few
 * milliseconds of work, after which the event loop runs (saves, other calls)
 * before the next slice. bench/media.ts reports the longest slice.
 */
const BLOCKS_PER_SLICE = 512;

export interface DecodeStats {
  slices: number;
  longestSliceMs: number;
}

/**
 * Codecs Chromium cannot play (IMA ADPCM) are decoded once to a 16-bit PCM WAV
 * in the data folder, named by the original's SHA-256, and that file is served
 * instead: the page never sees the original codec. The copy is derived data: it
 * is rebuilt if missing, and deleted when no recording refers to it any more.
 */
export function createDecodeCache(dataFolder: string) {
  const dir = path.join(dataFolder, CACHE_FOLDER);
  const inFlight = new Map<string, Promise<string>>();
  let closed = false;
  let lastStats: DecodeStats = { slices: 0, longestSliceMs: 0 };

  const pathFor = (sha256: string) => path.join(dir, `${sha256}.wav`);
  const expectedSize = (wav: WavLayout) => 44 + wav.frames * wav.channels * 2;

  async function decode(source: string, wav: WavLayout, target: string): Promise<void> {
    await fsp.mkdir(dir, { recursive: true });
    const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
    const input = await fsp.open(source, 'r');
    const output = await fsp.open(temp, 'w');
    const stats: DecodeStats = { slices: 0, longestSliceMs: 0 };
    try {
      await output.write(pcm16WavHeader(wav.sampleRate, wav.channels, wav.frames));
      let framesLeft = wav.frames;
      const sliceBytes = BLOCKS_PER_SLICE * wav.blockAlign;
      const buffer = Buffer.alloc(sliceBytes);
      for (let done = 0; done < wav.dataBytes; ) {
        if (closed) throw new Error('Callmark is closing');
        const want = Math.min(sliceBytes, wav.dataBytes - done);
        const { bytesRead } = await input.read(buffer, 0, want, wav.dataOffset + done);
        if (bytesRead < want) throw new Error('the file became shorter while it was decoded');
        const started = performance.now();
        const decoded = decodeImaAdpcm(buffer.subarray(0, bytesRead), wav.blockAlign, wav.channels);
        // The last block's padding is not audio: stop at the frame count the header promised.
        const pcm = decoded.subarray(0, Math.min(decoded.length, framesLeft * wav.channels));
        framesLeft -= pcm.length / wav.channels;
        const bytes = Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
        if (os.endianness() === 'BE') bytes.swap16(); // WAV is little-endian whatever the machine
        stats.longestSliceMs = Math.max(stats.longestSliceMs, performance.now() - started);
        stats.slices++;
        await output.write(bytes);
        done += bytesRead;
        await yieldToEventLoop();
      }
      await output.close();
      await fsp.rename(temp, target);
      lastStats = stats;
    } catch (error) {
      await output.close().catch(() => {});
      await fsp.rm(temp, { force: true });
      throw error;
    } finally {
      await input.close();
    }
  }

  return {
    pathFor,
    /** The decoded copy of `source` (decoding it now if there is none), one decode per hash however many callers wait. */
    ensure(source: string, sha256: string, wav: WavLayout): Promise<string> {
      const target = pathFor(sha256);
      const running = inFlight.get(sha256);
      if (running) return running;
      const job = (async () => {
        const existing = await fsp.stat(target).catch(() => null);
        if (existing?.size === expectedSize(wav)) return target;
        await decode(source, wav, target);
        return target;
      })().finally(() => inFlight.delete(sha256));
      inFlight.set(sha256, job);
      return job;
    },
    /**
     * Removes decoded copies no recording refers to, and temporary files a crash left behind. Best-effort: it runs
     * after changes that are already saved (and at start-up), so an entry it cannot remove is logged and left for
     * the next time, never thrown.
     */
    prune(keep: Set<string>): void {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const sha = /^([0-9a-f]{64})\.wav/.exec(name)?.[1];
        if (sha && inFlight.has(sha)) continue; // being decoded now, temporary file included
        if (sha && name === `${sha}.wav` && keep.has(sha)) continue;
        try {
          fs.rmSync(path.join(dir, name), { force: true });
        } catch (error) {
          console.error(`callmark: could not remove ${name} from the media cache ${dir}`, error);
        }
      }
    },
    lastStats: () => lastStats,
    async close(): Promise<void> {
      closed = true;
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}
export type DecodeCache = ReturnType<typeof createDecodeCache>;
