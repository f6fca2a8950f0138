import { ALAW_TO_LINEAR, MULAW_TO_LINEAR } from './g711';

/**
 * Waveform peaks computed from the samples in one pass, so the player can draw
 * an hour-long recording from a few kilobytes instead of decoding it in the
 * page (decodeAudioData would resample an hour to the output rate: hundreds of
 * megabytes in the renderer).
 */
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

export const canComputePeaks = (codec: string): boolean => codec in BYTES_PER_SAMPLE;

type Magnitude = (b: Uint8Array, at: number, view: DataView) => number;

/** One sample's magnitude in 0..1, one reader per codec, chosen once so the inner loop stays monomorphic. */
const MAGNITUDE: Record<string, Magnitude> = {
  pcm_u8: (b, at) => Math.abs((b[at] as number) - 128) / 128,
  pcm_s16le: (_b, at, v) => Math.abs(v.getInt16(at, true)) / 32768,
  pcm_s24le: (b, at) => Math.abs((((b[at + 2] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at] as number) << 8)) >> 8) / 8388608,
  pcm_s32le: (_b, at, v) => Math.abs(v.getInt32(at, true)) / 2147483648,
  pcm_f32le: (_b, at, v) => Math.min(1, Math.abs(v.getFloat32(at, true))),
  pcm_f64le: (_b, at, v) => Math.min(1, Math.abs(v.getFloat64(at, true))),
  mulaw: (b, at) => Math.abs(MULAW_TO_LINEAR[b[at] as number] as number) / 32768,
  alaw: (b, at) => Math.abs(ALAW_TO_LINEAR[b[at] as number] as number) / 32768,
};

export class PeakAccumulator {
  private readonly peaks: Float32Array;
  private readonly frameBytes: number;
  private readonly sampleBytes: number;
  private readonly magnitude: Magnitude;
  private pending: Uint8Array = new Uint8Array(0);
  private frame = 0;
  private bucket = 0;
  /** The first frame of the next bucket: buckets split the frames as evenly as whole frames allow. */
  private nextBoundary: number;

  constructor(
    codec: string,
    private readonly channels: number,
    private readonly totalFrames: number,
    buckets: number,
  ) {
    this.sampleBytes = BYTES_PER_SAMPLE[codec] ?? 0;
    const magnitude = MAGNITUDE[codec];
    if (!this.sampleBytes || !magnitude) throw new Error(`No peaks for ${codec}`);
    this.magnitude = magnitude;
    this.frameBytes = this.sampleBytes * channels;
    this.peaks = new Float32Array(Math.max(1, Math.min(buckets, totalFrames || 1)));
    this.nextBoundary = this.boundary(1);
  }

  private boundary(bucket: number): number {
    return Math.ceil((bucket * Math.max(1, this.totalFrames)) / this.peaks.length);
  }

  /** Feeds the next bytes of the data chunk, in any slicing. */
  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.pending.length) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
    }
    const whole = bytes.length - (bytes.length % this.frameBytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const last = this.peaks.length - 1;
    const magnitude = this.magnitude;
    let peak = this.peaks[this.bucket] as number;
    for (let at = 0; at < whole; at += this.frameBytes) {
      if (this.frame >= this.nextBoundary && this.bucket < last) {
        this.peaks[this.bucket] = peak;
        this.bucket++;
        this.nextBoundary = this.boundary(this.bucket + 1);
        peak = 0;
      }
      for (let ch = 0, s = at; ch < this.channels; ch++, s += this.sampleBytes) {
        const m = magnitude(bytes, s, view);
        if (m > peak) peak = m;
      }
      this.frame++;
    }
    this.peaks[this.bucket] = peak;
    this.pending = bytes.slice(whole);
  }

  /** Peaks in 0..1, three decimals: plenty for a drawing, small to send. */
  result(): number[] {
    return Array.from(this.peaks, (p) => Math.round(p * 1000) / 1000);
  }
}
