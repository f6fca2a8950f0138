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

/** One sample's magnitude in 0..1. */
function magnitude(codec: string, b: Uint8Array, at: number, view: DataView): number {
  switch (codec) {
    case 'pcm_u8':
      return Math.abs((b[at] ?? 128) - 128) / 128;
    case 'pcm_s16le':
      return Math.abs(view.getInt16(at, true)) / 32768;
    case 'pcm_s24le':
      return Math.abs((((b[at + 2] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at] ?? 0) << 8)) >> 8) / 8388608;
    case 'pcm_s32le':
      return Math.abs(view.getInt32(at, true)) / 2147483648;
    case 'pcm_f32le':
      return Math.min(1, Math.abs(view.getFloat32(at, true)));
    case 'pcm_f64le':
      return Math.min(1, Math.abs(view.getFloat64(at, true)));
    case 'mulaw':
      return Math.abs(MULAW_TO_LINEAR[b[at] ?? 0] ?? 0) / 32768;
    case 'alaw':
      return Math.abs(ALAW_TO_LINEAR[b[at] ?? 0] ?? 0) / 32768;
    default:
      return 0;
  }
}

export class PeakAccumulator {
  private readonly peaks: Float32Array;
  private readonly frameBytes: number;
  private readonly sampleBytes: number;
  private pending: Uint8Array = new Uint8Array(0);
  private frame = 0;

  constructor(
    private readonly codec: string,
    private readonly channels: number,
    private readonly totalFrames: number,
    buckets: number,
  ) {
    this.sampleBytes = BYTES_PER_SAMPLE[codec] ?? 0;
    if (!this.sampleBytes) throw new Error(`No peaks for ${codec}`);
    this.frameBytes = this.sampleBytes * channels;
    this.peaks = new Float32Array(Math.max(1, Math.min(buckets, totalFrames || 1)));
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
    const buckets = this.peaks.length;
    const total = Math.max(1, this.totalFrames);
    for (let at = 0; at < whole; at += this.frameBytes) {
      let peak = 0;
      for (let ch = 0; ch < this.channels; ch++) {
        const m = magnitude(this.codec, bytes, at + ch * this.sampleBytes, view);
        if (m > peak) peak = m;
      }
      const bucket = Math.min(buckets - 1, Math.floor((this.frame * buckets) / total));
      if (peak > (this.peaks[bucket] ?? 0)) this.peaks[bucket] = peak;
      this.frame++;
    }
    this.pending = bytes.slice(whole);
  }

  /** Peaks in 0..1, three decimals: plenty for a drawing, small to send. */
  result(): number[] {
    return Array.from(this.peaks, (p) => Math.round(p * 1000) / 1000);
  }
}
