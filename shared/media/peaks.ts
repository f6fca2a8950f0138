import { ALAW_TO_LINEAR, MULAW_TO_LINEAR } from './g711';

/**
 * Waveform peaks, computed once per recording by the backend so the player can
 * draw an hour-long call from a few kilobytes instead of decoding it in the page
 * (decodeAudioData would resample an hour to the output rate: hundreds of
 * megabytes in the renderer).
 *
 * One table per recording keeps, for each channel, the largest magnitude in
 * every ~5 ms of audio: fine enough to zoom a one-hour call down to a syllable,
 * small enough to cache (1.4 MB per channel-hour). Every request (the overview,
 * a zoomed window) is answered from it by `peaksWindow`, never by reading the
 * audio again.
 */
export const FINEST_BUCKETS_PER_SECOND = 200;
/** Magnitudes are kept as 16-bit fractions of full scale. */
const FULL = 65535;

export interface PeakTable {
  sampleRate: number;
  channels: number;
  /** Frames (samples per channel) in one bucket. */
  framesPerBucket: number;
  /** Frames of audio the table was made from. */
  frames: number;
  /** One array per channel, in the file's order (0 is left): each bucket's largest magnitude, 0..65535. */
  levels: Uint16Array[];
}

const BYTES_PER_SAMPLE: Record<string, number> = {
  pcm_u8: 1,
  pcm_s16le: 2,
  pcm_s24le: 3,
  pcm_s32le: 4,
  pcm_f32le: 4,
  pcm_f64le: 8,
  mulaw: 1,
  alaw: 1,
};

/** WAV codecs whose bytes the builder reads directly; everything else is decoded to samples first. */
export const isPcmCodec = (codec: string): boolean => codec in BYTES_PER_SAMPLE;

type Magnitude = (b: Uint8Array, at: number, view: DataView) => number;

/** One sample's magnitude in 0..1, one reader per codec, chosen once so the inner loop stays monomorphic. */
const MAGNITUDE: Record<string, Magnitude> = {
  pcm_u8: (b, at) => Math.abs((b[at] as number) - 128) / 128,
  pcm_s16le: (_b, at, v) => Math.abs(v.getInt16(at, true)) / 32768,
  pcm_s24le: (b, at) => Math.abs((((b[at + 2] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at] as number) << 8)) >> 8) / 8388608,
  pcm_s32le: (_b, at, v) => Math.abs(v.getInt32(at, true)) / 2147483648,
  pcm_f32le: (_b, at, v) => Math.abs(v.getFloat32(at, true)),
  pcm_f64le: (_b, at, v) => Math.abs(v.getFloat64(at, true)),
  mulaw: (b, at) => Math.abs(MULAW_TO_LINEAR[b[at] as number] as number) / 32768,
  alaw: (b, at) => Math.abs(ALAW_TO_LINEAR[b[at] as number] as number) / 32768,
};

const toLevel = (magnitude: number): number => Math.round(Math.min(1, magnitude) * FULL);

/** Builds a PeakTable from audio fed in order, as WAV bytes or as decoded planar samples, in any slicing. */
export class PeakBuilder {
  readonly framesPerBucket: number;
  private levels: Uint16Array[];
  private readonly current: Float64Array;
  private frame = 0;
  private inBucket = 0;
  private buckets = 0;
  private pending: Uint8Array = new Uint8Array(0);

  constructor(
    readonly sampleRate: number,
    readonly channels: number,
  ) {
    this.framesPerBucket = Math.max(1, Math.round(sampleRate / FINEST_BUCKETS_PER_SECOND));
    this.levels = Array.from({ length: channels }, () => new Uint16Array(1024));
    this.current = new Float64Array(channels);
  }

  private closeBucket(): void {
    if (this.buckets === (this.levels[0] as Uint16Array).length) {
      this.levels = this.levels.map((old) => {
        const grown = new Uint16Array(old.length * 2);
        grown.set(old);
        return grown;
      });
    }
    for (let ch = 0; ch < this.channels; ch++) {
      (this.levels[ch] as Uint16Array)[this.buckets] = toLevel(this.current[ch] as number);
      this.current[ch] = 0;
    }
    this.buckets++;
    this.inBucket = 0;
  }

  /** The next bytes of a WAV data chunk in `codec` (interleaved frames), cut anywhere, even mid-sample. */
  pushWavBytes(codec: string, chunk: Uint8Array): void {
    const sampleBytes = BYTES_PER_SAMPLE[codec];
    const magnitude = MAGNITUDE[codec];
    if (!sampleBytes || !magnitude) throw new Error(`No peaks for ${codec}`);
    const frameBytes = sampleBytes * this.channels;
    let bytes = chunk;
    if (this.pending.length) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
    }
    const whole = bytes.length - (bytes.length % frameBytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const current = this.current;
    for (let at = 0; at < whole; at += frameBytes) {
      for (let ch = 0, s = at; ch < this.channels; ch++, s += sampleBytes) {
        const m = magnitude(bytes, s, view);
        if (m > (current[ch] as number)) current[ch] = m;
      }
      this.frame++;
      if (++this.inBucket === this.framesPerBucket) this.closeBucket();
    }
    this.pending = bytes.slice(whole);
  }

  /** Decoded samples (−1..1), one array per channel; extra arrays (a decoder's duplicated mono) are ignored. */
  pushPlanar(channelData: readonly Float32Array[], frames: number): void {
    const current = this.current;
    let start = 0;
    while (start < frames) {
      const end = Math.min(frames, start + this.framesPerBucket - this.inBucket);
      for (let ch = 0; ch < this.channels; ch++) {
        const data = channelData[Math.min(ch, channelData.length - 1)];
        if (!data) continue;
        let peak = current[ch] as number;
        for (let i = start; i < end; i++) {
          const v = data[i] as number;
          const m = v < 0 ? -v : v;
          if (m > peak) peak = m;
        }
        current[ch] = peak;
      }
      this.inBucket += end - start;
      this.frame += end - start;
      start = end;
      if (this.inBucket === this.framesPerBucket) this.closeBucket();
    }
  }

  finish(): PeakTable {
    if (this.inBucket > 0) this.closeBucket();
    return {
      sampleRate: this.sampleRate,
      channels: this.channels,
      framesPerBucket: this.framesPerBucket,
      frames: this.frame,
      levels: this.levels.map((l) => l.slice(0, this.buckets)),
    };
  }
}

export interface PeaksWindow {
  fromSeconds: number;
  toSeconds: number;
  /** Seconds each returned value covers: never finer than the table's bucket. */
  bucketSeconds: number;
  /** Per channel: the largest magnitude (0..1, three decimals) in each bucket of the window. */
  channels: number[][];
}

export const tableSeconds = (table: PeakTable): number => table.frames / table.sampleRate;

/**
 * At most `buckets` values per channel covering [fromSeconds, toSeconds), each the largest of the table's buckets
 * it spans: the overview strip asks for the whole recording at its width, a zoomed view for its window at its width.
 * A window finer than the table gives one value per table bucket (fewer than asked): the response stays small.
 */
export function peaksWindow(table: PeakTable, buckets: number, fromSeconds = 0, toSeconds = Number.POSITIVE_INFINITY): PeaksWindow {
  const bucketSeconds = table.framesPerBucket / table.sampleRate;
  const total = (table.levels[0] ?? new Uint16Array(0)).length;
  const first = Math.min(total, Math.max(0, Math.floor(fromSeconds / bucketSeconds)));
  const end = Math.min(total, Math.max(first, Math.ceil(Math.min(toSeconds, tableSeconds(table)) / bucketSeconds)));
  const span = end - first;
  const count = Math.min(Math.max(1, buckets), span);
  const channels = table.levels.map((levels) => {
    const out: number[] = new Array<number>(count);
    for (let i = 0; i < count; i++) {
      const from = first + Math.floor((i * span) / count);
      const to = first + Math.floor(((i + 1) * span) / count);
      let peak = 0;
      for (let k = from; k < to; k++) if ((levels[k] as number) > peak) peak = levels[k] as number;
      out[i] = Math.round((peak / FULL) * 1000) / 1000;
    }
    return out;
  });
  return {
    fromSeconds: first * bucketSeconds,
    toSeconds: Math.min(tableSeconds(table), end * bucketSeconds),
    bucketSeconds: count > 0 ? (span * bucketSeconds) / count : bucketSeconds,
    channels,
  };
}

const MAGIC = 0x4b504d43; // "CMPK" little-endian
/** On little-endian machines (all Callmark runs on) the levels are copied as they lie in memory, not value by value. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const VERSION = 1;
const HEADER_BYTES = 32;

/** The table as bytes for the cache file: a small header, then each channel's levels (little-endian). */
export function encodePeakTable(table: PeakTable): Uint8Array {
  const count = (table.levels[0] ?? new Uint16Array(0)).length;
  const bytes = new Uint8Array(HEADER_BYTES + table.channels * count * 2);
  const v = new DataView(bytes.buffer);
  v.setUint32(0, MAGIC, true);
  v.setUint32(4, VERSION, true);
  v.setUint32(8, table.sampleRate, true);
  v.setUint32(12, table.channels, true);
  v.setUint32(16, table.framesPerBucket, true);
  v.setUint32(20, count, true);
  v.setFloat64(24, table.frames, true);
  table.levels.forEach((levels, ch) => {
    const at = HEADER_BYTES + ch * count * 2;
    if (LITTLE_ENDIAN) bytes.set(new Uint8Array(levels.buffer, levels.byteOffset, count * 2), at);
    else levels.forEach((level, i) => v.setUint16(at + i * 2, level, true));
  });
  return bytes;
}

/** A cache file read back; null when it is not one this version wrote, or is cut short (it is then rebuilt). */
export function decodePeakTable(bytes: Uint8Array): PeakTable | null {
  if (bytes.length < HEADER_BYTES) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (v.getUint32(0, true) !== MAGIC || v.getUint32(4, true) !== VERSION) return null;
  const channels = v.getUint32(12, true);
  const count = v.getUint32(20, true);
  if (channels < 1 || channels > 8 || bytes.length !== HEADER_BYTES + channels * count * 2) return null;
  const levels = Array.from({ length: channels }, (_, ch) => {
    const at = HEADER_BYTES + ch * count * 2;
    if (LITTLE_ENDIAN) return new Uint16Array(bytes.slice(at, at + count * 2).buffer);
    return Uint16Array.from({ length: count }, (_x, i) => v.getUint16(at + i * 2, true));
  });
  return { sampleRate: v.getUint32(8, true), channels, framesPerBucket: v.getUint32(16, true), frames: v.getFloat64(24, true), levels };
}
