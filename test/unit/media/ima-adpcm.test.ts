import { describe, expect, it, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeImaAdpcm, framesInBlock } from '../../../shared/media/ima-adpcm';
import { sniffAudio } from '../../../shared/media/sniff';
import { bytesSource } from '../../../shared/media/bytes';
import { ffmpegAudio, soxDecodeToS16, soxWav } from './support/audio';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-ima-'));
});

async function decodeFile(file: string) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sniffed = await sniffAudio(bytesSource(bytes));
  if (!sniffed.ok || !sniffed.format.wav) throw new Error('not a WAV');
  const { wav } = sniffed.format;
  return { wav, samples: decodeImaAdpcm(bytes.subarray(wav.dataOffset, wav.dataOffset + wav.dataBytes), wav.blockAlign, wav.channels) };
}

describe('IMA ADPCM decoder', () => {
  it('matches sox sample for sample on a mono 8 kHz call recording', async () => {
    const file = soxWav(dir, 'mono.wav', ['-e', 'ima-adpcm'], 3);
    const { samples } = await decodeFile(file);
    const reference = soxDecodeToS16(file);
    expect(samples.length).toBe(reference.length);
    expect(Array.from(samples)).toEqual(Array.from(reference));
  });

  it('matches sox on stereo, where channels interleave word by word', async () => {
    const file = soxWav(dir, 'stereo.wav', ['-e', 'ima-adpcm'], 2, 8000, 2);
    const { samples, wav } = await decodeFile(file);
    expect(wav.channels).toBe(2);
    expect(Array.from(samples)).toEqual(Array.from(soxDecodeToS16(file)));
  });

  it('keeps time: 505 samples per 256-byte block, so an hour stays an hour', () => {
    expect(framesInBlock(256, 1)).toBe(505);
    expect(framesInBlock(512, 2)).toBe(505);
    expect(framesInBlock(1024, 1)).toBe(2041);
  });

  it('decodes ffmpeg-written files (1024-byte blocks) to the length ffmpeg declares', async () => {
    const file = ffmpegAudio(dir, 'ff.wav', ['-c:a', 'adpcm_ima_wav'], 3);
    const { samples, wav } = await decodeFile(file);
    expect(wav.blockAlign).toBe(1024);
    const reference = soxDecodeToS16(file);
    expect(samples.length).toBe(reference.length);
    expect(Array.from(samples.subarray(0, 5000))).toEqual(Array.from(reference.subarray(0, 5000)));
  });

  it('gives the same samples when the data is decoded in slices of whole blocks', async () => {
    const file = soxWav(dir, 'slices.wav', ['-e', 'ima-adpcm'], 3);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const { wav, samples } = await decodeFile(file);
    const data = bytes.subarray(wav.dataOffset, wav.dataOffset + wav.dataBytes);
    const parts: number[] = [];
    for (let at = 0; at < data.length; at += wav.blockAlign * 7) parts.push(...decodeImaAdpcm(data.subarray(at, at + wav.blockAlign * 7), wav.blockAlign, 1));
    expect(parts).toEqual(Array.from(samples));
  });
});

describe('the bench fixture writer', () => {
  it('writes an IMA ADPCM WAV that sox decodes exactly as we do, of the length asked', async () => {
    const { writeImaAdpcmWav } = await import('../../../bench/media-fixture');
    const file = path.join(dir, 'fixture.wav');
    writeImaAdpcmWav(file, 5);
    const { samples, wav } = await decodeFile(file);
    expect(wav.frames).toBe(5 * 8000);
    expect(Array.from(samples)).toEqual(Array.from(soxDecodeToS16(file)));
    expect(Math.max(...Array.from(samples.subarray(0, 8000)).map(Math.abs))).toBeGreaterThan(5000);
  });
});
