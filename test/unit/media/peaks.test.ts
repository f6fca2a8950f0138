import { describe, expect, it } from 'vitest';
import { decodePeakTable, encodePeakTable, PeakBuilder, peaksWindow, type PeakTable } from '../../../shared/media/peaks';

const s16 = (samples: number[]) => new Uint8Array(Int16Array.from(samples).buffer);

/** A table of `seconds` at 8 kHz (40 frames a bucket) whose bucket k holds magnitude level(k). */
function table(seconds: number, level: (k: number) => number, channels = 1): PeakTable {
  const count = seconds * 200;
  return {
    sampleRate: 8000,
    channels,
    framesPerBucket: 40,
    frames: seconds * 8000,
    levels: Array.from({ length: channels }, (_, ch) => Uint16Array.from({ length: count }, (_x, k) => Math.round(level(k + ch * 1000) * 65535))),
  };
}

describe('building peak tables', () => {
  it('keep each channel apart: a stereo call gives the agent and the customer their own peaks', () => {
    const b = new PeakBuilder(8000, 2);
    // 80 frames: left loud in the first bucket, right loud in the second.
    const frames: number[] = [];
    for (let i = 0; i < 80; i++) frames.push(i < 40 ? 16384 : 0, i < 40 ? 0 : -32768);
    b.pushWavBytes('pcm_s16le', s16(frames));
    const t = b.finish();
    expect(t.framesPerBucket).toBe(40);
    expect(Array.from(t.levels[0] ?? [])).toEqual([32768, 0]);
    expect(Array.from(t.levels[1] ?? [])).toEqual([0, 65535]);
  });

  it('give the same table however the bytes are sliced, even mid-sample, and from decoded samples alike', () => {
    const samples = Array.from({ length: 1001 }, (_, i) => Math.round(Math.sin(i / 7) * 3000 * (1 + (i % 50))) % 32767);
    const whole = new PeakBuilder(8000, 1);
    whole.pushWavBytes('pcm_s16le', s16(samples));
    const sliced = new PeakBuilder(8000, 1);
    const bytes = s16(samples);
    for (let at = 0; at < bytes.length; at += 333) sliced.pushWavBytes('pcm_s16le', bytes.subarray(at, at + 333));
    const planar = new PeakBuilder(8000, 1);
    const floats = Float32Array.from(samples, (v) => v / 32768);
    for (let at = 0; at < floats.length; at += 97) planar.pushPlanar([floats.subarray(at, at + 97)], Math.min(97, floats.length - at));
    expect(sliced.finish()).toEqual(whole.finish());
    expect(planar.finish()).toEqual(whole.finish());
  });

  it('keep a last, partial bucket and count every frame', () => {
    const b = new PeakBuilder(8000, 1);
    b.pushWavBytes('pcm_u8', Uint8Array.from({ length: 50 }, (_, i) => (i === 45 ? 255 : 128)));
    const t = b.finish();
    expect(t.frames).toBe(50);
    expect(Array.from(t.levels[0] ?? [])).toEqual([0, Math.round((127 / 128) * 65535)]);
  });

  it('read µ-law and A-law through G.711, and ignore a decoder’s duplicated mono channel', () => {
    const mu = new PeakBuilder(8000, 1);
    mu.pushWavBytes('mulaw', Uint8Array.from([0xff, 0x80])); // µ-law 0xff is silence, 0x80 the positive maximum
    expect((mu.finish().levels[0]?.[0] ?? 0) / 65535).toBeGreaterThan(0.97);
    const mono = new PeakBuilder(8000, 1);
    mono.pushPlanar([Float32Array.of(0.25), Float32Array.of(0.25)], 1);
    const t = mono.finish();
    expect(t.levels).toHaveLength(1);
    expect(t.levels[0]?.[0]).toBe(16384);
  });
});

describe('windows of a peak table', () => {
  it('the overview: at most the buckets asked, each the largest of the table buckets it spans', () => {
    const t = table(60, (k) => (k === 6000 ? 1 : 0.1)); // one loud 5 ms at 30 s
    const w = peaksWindow(t, 600);
    expect(w.channels[0]).toHaveLength(600);
    expect(w.bucketSeconds).toBeCloseTo(0.1, 9);
    expect(w.fromSeconds).toBe(0);
    expect(w.toSeconds).toBe(60);
    expect(w.channels[0]?.[300]).toBe(1);
    expect(w.channels[0]?.filter((v) => v === 1)).toHaveLength(1);
  });

  it('a zoomed window covers only its span, and never finer than the table: a deep zoom returns fewer values', () => {
    const t = table(3600, (k) => (k % 200 === 0 ? 0.5 : 0)); // a tick at the start of every second
    const zoomed = peaksWindow(t, 1000, 1800, 1810);
    expect(zoomed.fromSeconds).toBe(1800);
    expect(zoomed.toSeconds).toBe(1810);
    expect(zoomed.channels[0]).toHaveLength(1000);
    expect(zoomed.bucketSeconds).toBeCloseTo(0.01, 9);
    expect(zoomed.channels[0]?.filter((v) => v > 0)).toHaveLength(10);
    const deep = peaksWindow(t, 1000, 1800, 1800.5);
    expect(deep.channels[0]).toHaveLength(100);
    expect(deep.bucketSeconds).toBeCloseTo(0.005, 9);
  });

  it('a window past the end is clipped to the recording; one wholly past it is empty', () => {
    const t = table(10, () => 0.2, 2);
    const tail = peaksWindow(t, 100, 9, 20);
    expect(tail.toSeconds).toBe(10);
    expect(tail.channels).toHaveLength(2);
    expect(tail.channels[1]).toHaveLength(100);
    expect(peaksWindow(t, 100, 30, 40).channels[0]).toEqual([]);
  });
});

describe('the cache file format', () => {
  it('round-trips a table, and refuses a file cut short or of another kind (it is then rebuilt)', () => {
    const t = table(2, (k) => (k % 7) / 7, 2);
    const bytes = encodePeakTable(t);
    expect(decodePeakTable(bytes)).toEqual(t);
    expect(decodePeakTable(bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(decodePeakTable(new TextEncoder().encode('not a peak table at all, but long enough'))).toBeNull();
  });
});
