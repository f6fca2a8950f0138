import type { FileHandle } from 'node:fs/promises';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { WavLayout } from '../../../shared/media/outcome';
import { createPcmDecoder, decodedFrames, decodesToPcm } from '../../../shared/media/wav-decoders';
import { mendedWavHeader, pcm16WavHeader } from '../../../shared/media/wav-header';
import { createDerivedFiles } from './derived-files';

export const CACHE_FOLDER = 'media-cache';
/**
 * Samples decoded per slice: ~130 000 are a few milliseconds of IMA ADPCM and
 * under 20 ms of GSM (the slowest decoder), after which the event loop runs
 * (saves, other calls) before the next slice. bench/media.ts reports the longest.
 */
const FRAMES_PER_SLICE = 131_072;
/** A cut file Chromium plays is copied as it is, behind a mended header, in reads of this size. */
const COPY_BYTES = 1024 * 1024;

export interface DecodeStats {
  slices: number;
  longestSliceMs: number;
}

/** Whole blocks of `wav` that decode to about FRAMES_PER_SLICE frames. */
function sliceBytes(wav: WavLayout): number {
  const perBlock = decodedFrames(wav.blockAlign, wav) ?? 1;
  return Math.max(1, Math.round(FRAMES_PER_SLICE / Math.max(1, perBlock))) * wav.blockAlign;
}

/**
 * Codecs Chromium cannot play (IMA ADPCM, GSM 6.10, G.726) are decoded once to a
 * 16-bit PCM WAV in the data folder, named by the original's SHA-256, and that
 * file is served instead: the page never sees the original codec. A truncated
 * WAV of a codec Chromium plays is copied there with its header mended to the
 * length the file really has, so `<audio>` stops and times it where it ends.
 */
export function createDecodeCache(dataFolder: string) {
  const files = createDerivedFiles(path.join(dataFolder, CACHE_FOLDER), '.wav');
  let lastStats: DecodeStats = { slices: 0, longestSliceMs: 0 };

  const expectedSize = (wav: WavLayout) => (decodesToPcm(wav.formatTag) ? 44 + wav.frames * wav.channels * 2 : wav.dataOffset + wav.dataBytes);

  async function readSlice(input: FileHandle, buffer: Buffer, wav: WavLayout, done: number): Promise<number> {
    if (files.isClosed()) throw new Error('Callmark is closing');
    const want = Math.min(buffer.length, wav.dataBytes - done);
    const { bytesRead } = await input.read(buffer, 0, want, wav.dataOffset + done);
    if (bytesRead < want) throw new Error('the file became shorter while it was decoded');
    return bytesRead;
  }

  /** Decodes the data chunk slice by slice into `output`, after a PCM header. */
  async function decodeInto(input: FileHandle, output: FileHandle, wav: WavLayout, stats: DecodeStats): Promise<void> {
    await output.write(pcm16WavHeader(wav.sampleRate, wav.channels, wav.frames));
    const decoder = createPcmDecoder(wav);
    let framesLeft = wav.frames;
    const buffer = Buffer.alloc(sliceBytes(wav));
    for (let done = 0; done < wav.dataBytes; ) {
      const bytesRead = await readSlice(input, buffer, wav, done);
      const started = performance.now();
      const decoded = decoder.decode(buffer.subarray(0, bytesRead));
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
  }

  /** Copies a cut file's header (sizes mended) and the audio it really holds. */
  async function copyInto(input: FileHandle, output: FileHandle, wav: WavLayout, stats: DecodeStats): Promise<void> {
    const header = Buffer.alloc(wav.dataOffset);
    await input.read(header, 0, wav.dataOffset, 0);
    await output.write(mendedWavHeader(header, wav.dataBytes));
    const buffer = Buffer.alloc(COPY_BYTES);
    for (let done = 0; done < wav.dataBytes; ) {
      const bytesRead = await readSlice(input, buffer, wav, done);
      await output.write(buffer.subarray(0, bytesRead));
      stats.slices++;
      done += bytesRead;
      await yieldToEventLoop();
    }
  }

  async function make(source: string, wav: WavLayout, temp: string): Promise<void> {
    const input = await fsp.open(source, 'r');
    try {
      const output = await fsp.open(temp, 'w');
      const stats: DecodeStats = { slices: 0, longestSliceMs: 0 };
      try {
        await (decodesToPcm(wav.formatTag) ? decodeInto : copyInto)(input, output, wav, stats);
      } finally {
        await output.close();
      }
      lastStats = stats;
    } finally {
      await input.close();
    }
  }

  return {
    pathFor: files.pathFor,
    /** The playable copy of `source` (made now if there is none), one per hash however many callers wait. */
    ensure(source: string, sha256: string, wav: WavLayout): Promise<string> {
      return files.ensure(
        sha256,
        async (file) => (await fsp.stat(file).catch(() => null))?.size === expectedSize(wav),
        (temp) => make(source, wav, temp),
      );
    },
    prune: files.prune,
    lastStats: () => lastStats,
    close: files.close,
  };
}
export type DecodeCache = ReturnType<typeof createDecodeCache>;
