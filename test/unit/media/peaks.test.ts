import { describe, expect, it } from 'vitest';
import { PeakAccumulator } from '../../../shared/media/peaks';

const s16 = (samples: number[]) => new Uint8Array(Int16Array.from(samples).buffer);

describe('waveform peaks', () => {
  it('take the largest magnitude in each bucket, across channels', () => {
    const acc = new PeakAccumulator('pcm_s16le', 2, 4, 2);
    // Frames (L, R): bucket 1 holds frames 0-1, bucket 2 frames 2-3.
    acc.push(s16([1000, -16384, 0, 0, 8192, 0, 0, -32768]));
    expect(acc.result()).toEqual([0.5, 1]);
  });

  it('give the same answer however the bytes are sliced, even mid-sample', () => {
    const samples = Array.from({ length: 1001 }, (_, i) => Math.round(Math.sin(i / 7) * 3000 * (1 + (i % 50))) % 32767);
    const whole = new PeakAccumulator('pcm_s16le', 1, samples.length, 10);
    whole.push(s16(samples));
    const sliced = new PeakAccumulator('pcm_s16le', 1, samples.length, 10);
    const bytes = s16(samples);
    for (let at = 0; at < bytes.length; at += 333) sliced.push(bytes.subarray(at, at + 333));
    expect(sliced.result()).toEqual(whole.result());
  });

  it('spread uneven frame counts over every bucket', () => {
    const acc = new PeakAccumulator('pcm_u8', 1, 10, 3);
    acc.push(Uint8Array.from([128, 128, 255, 128, 128, 128, 0, 128, 128, 192]));
    expect(acc.result()).toEqual([0.992, 1, 0.5]);
  });

  it('read µ-law and A-law through G.711', () => {
    const mu = new PeakAccumulator('mulaw', 1, 2, 2);
    mu.push(Uint8Array.from([0xff, 0x80])); // µ-law 0xff is silence, 0x80 the positive maximum
    expect(mu.result()[0]).toBe(0);
    expect(mu.result()[1]).toBeGreaterThan(0.97);
    const a = new PeakAccumulator('alaw', 1, 1, 1);
    a.push(Uint8Array.from([0xd5])); // A-law 0xd5 is the smallest positive step
    expect(a.result()[0]).toBeLessThan(0.001);
  });

  it('never has more buckets than frames', () => {
    const acc = new PeakAccumulator('pcm_s16le', 1, 3, 100);
    acc.push(s16([100, 200, 300]));
    expect(acc.result()).toHaveLength(3);
  });
});
