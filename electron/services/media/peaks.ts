import fsp, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { formatId, type AudioFormat } from '../../../shared/media/outcome';
import { decodePeakTable, encodePeakTable, isPcmCodec, PeakBuilder, type PeakTable } from '../../../shared/media/peaks';
import { sniffAudio } from '../../../shared/media/sniff';
import { createDerivedFiles } from './derived-files';
import { fileByteSource } from './file-source';
import { byteStreamDecoder, type Decoded, type SampleDecoder } from './sample-decoders';

export const PEAKS_FOLDER = 'media-peaks';
/** PCM is read in 256 KiB slices (a few milliseconds of work each); compressed audio in 32 KiB ones (seconds of audio). */
const PCM_READ_BYTES = 256 * 1024;
const COMPRESSED_READ_BYTES = 32 * 1024;
const MEMORY_TABLES = 8;

export interface PeakStats {
  slices: number;
  longestSliceMs: number;
}

/** Reads `length` bytes at `at` (fewer at the end of the file). */
async function readAt(handle: FileHandle, at: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, at);
  return buffer.subarray(0, bytesRead);
}

/** Times each synchronous slice of work and lets the event loop run after it: a long file never stalls saves. */
function slicer(stats: PeakStats) {
  return async <T>(work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await work();
    stats.longestSliceMs = Math.max(stats.longestSliceMs, performance.now() - started);
    stats.slices++;
    await yieldToEventLoop();
    return value;
  };
}

/** Builds the table once the first samples say the rate (a decoder knows it better than any header). */
function planarSink(channels: number | null) {
  let builder: PeakBuilder | null = null;
  return {
    push(decoded: Decoded | null): void {
      if (!decoded || decoded.samplesDecoded === 0) return;
      builder ??= new PeakBuilder(decoded.sampleRate, channels ?? decoded.channelData.length);
      builder.pushPlanar(decoded.channelData, decoded.samplesDecoded);
    },
    finish: (): PeakTable | null => builder?.finish() ?? null,
  };
}

async function pcmPeaks(handle: FileHandle, format: AudioFormat & { wav: NonNullable<AudioFormat['wav']> }, slice: ReturnType<typeof slicer>): Promise<PeakTable> {
  const { wav } = format;
  const builder = new PeakBuilder(wav.sampleRate, wav.channels);
  for (let done = 0; done < wav.dataBytes; ) {
    const bytes = await readAt(handle, wav.dataOffset + done, Math.min(PCM_READ_BYTES, wav.dataBytes - done));
    if (bytes.length === 0) break;
    await slice(() => builder.pushWavBytes(format.codec, bytes));
    done += bytes.length;
  }
  return builder.finish();
}

async function streamPeaks(handle: FileHandle, make: () => Promise<SampleDecoder>, range: { start: number; end: number }, channels: number | null, slice: ReturnType<typeof slicer>) {
  const decoder = await make();
  const sink = planarSink(channels);
  try {
    for (let at = range.start; at < range.end; ) {
      const bytes = await readAt(handle, at, Math.min(COMPRESSED_READ_BYTES, range.end - at));
      if (bytes.length === 0) break;
      sink.push(await slice(() => decoder.decode(bytes)));
      at += bytes.length;
    }
    sink.push(await decoder.flush());
    return sink.finish();
  } finally {
    decoder.free();
  }
}

/**
 * The peak table of the file the page plays (the original, or the backend's PCM copy), or null when the backend
 * cannot read its format (an MP4 holding Opus or FLAC, say): the page then shows a plain position bar.
 */
export async function computePeakTable(file: string, stats: PeakStats = { slices: 0, longestSliceMs: 0 }): Promise<PeakTable | null> {
  const handle = await fsp.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const sniffed = await sniffAudio(fileByteSource(handle, size));
    if (!sniffed.ok) return null;
    const format = sniffed.format;
    const slice = slicer(stats);
    if (format.wav && isPcmCodec(format.codec)) return await pcmPeaks(handle, { ...format, wav: format.wav }, slice);
    const make = byteStreamDecoder(formatId(format));
    if (make) {
      const range = format.wav ? { start: format.wav.dataOffset, end: format.wav.dataOffset + format.wav.dataBytes } : { start: 0, end: size };
      return await streamPeaks(handle, make, range, format.channels, slice);
    }
    return null;
  } finally {
    await handle.close();
  }
}

class NoPeaks extends Error {}

/**
 * Peak tables, computed once per recording (by hash) and kept in the data folder beside the decode cache, so
 * reopening a review, or another review of the same call, reads a small file instead of the audio; the last few
 * are also kept in memory. Like the decoded copies, they are rebuilt if missing and pruned with their recording.
 */
export function createPeaksCache(dataFolder: string) {
  const files = createDerivedFiles(path.join(dataFolder, PEAKS_FOLDER), '.peaks');
  const memory = new Map<string, PeakTable>();
  let lastStats: PeakStats = { slices: 0, longestSliceMs: 0 };

  const remember = (sha256: string, table: PeakTable) => {
    memory.delete(sha256);
    memory.set(sha256, table);
    while (memory.size > MEMORY_TABLES) memory.delete(memory.keys().next().value ?? '');
    return table;
  };

  const read = async (file: string) => decodePeakTable(new Uint8Array(await fsp.readFile(file).catch(() => Buffer.alloc(0))));

  async function load(sha256: string, servePath: string): Promise<PeakTable | null> {
    let made: PeakTable | null = null;
    try {
      const file = await files.ensure(
        sha256,
        async (existing) => (await read(existing)) !== null,
        async (temp) => {
          const stats: PeakStats = { slices: 0, longestSliceMs: 0 };
          made = await computePeakTable(servePath, stats);
          if (!made) throw new NoPeaks();
          lastStats = stats;
          await fsp.writeFile(temp, encodePeakTable(made));
        },
      );
      return made ?? (await read(file));
    } catch (error) {
      if (error instanceof NoPeaks) return null;
      throw error;
    }
  }

  /** The table for the recording `sha256`, playing from `servePath`; null when its format cannot be read here. */
  async function table(sha256: string, servePath: string): Promise<PeakTable | null> {
    const known = memory.get(sha256);
    if (known) return remember(sha256, known);
    const loaded = await load(sha256, servePath);
    return loaded ? remember(sha256, loaded) : null;
  }

  return {
    table,
    /** Starts computing a just-attached recording's table, so the waveform is ready when the page asks; never throws. */
    warm(sha256: string, servePath: string): void {
      table(sha256, servePath).catch((error: unknown) => console.error('callmark: computing waveform peaks failed', error));
    },
    prune(keep: Set<string>): void {
      for (const sha of memory.keys()) if (!keep.has(sha)) memory.delete(sha);
      files.prune(keep);
    },
    lastStats: () => lastStats,
    close: files.close,
  };
}
export type PeaksCache = ReturnType<typeof createPeaksCache>;
