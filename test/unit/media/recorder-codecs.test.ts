import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bytesSource } from '../../../shared/media/bytes';
import { sniffAudio } from '../../../shared/media/sniff';
import { createPcmDecoder } from '../../../shared/media/wav-decoders';
import { ffmpegConvert, ffmpegDecodeToS16, soxConvert, soxDecodeToS16, soxWav, speechWav } from './support/audio';

/**
 * Issue 13 item 2: GSM 6.10 and G.726 WAVs, as call recorders write them, decode
 * to exactly the samples of the reference tools (sox for GSM, ffmpeg for G.726),
 * on speech and on tones, whole or fed in slices as the decode cache feeds them.
 */
let dir: string;
let speech: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-codecs-'));
  speech = speechWav(dir, 'speech.wav');
});

async function decodeFile(file: string, sliceBlocks?: number) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sniffed = await sniffAudio(bytesSource(bytes));
  if (!sniffed.ok || !sniffed.format.wav) throw new Error(sniffed.ok ? 'not a WAV' : sniffed.message);
  const { wav } = sniffed.format;
  const data = bytes.subarray(wav.dataOffset, wav.dataOffset + wav.dataBytes);
  const decoder = createPcmDecoder(wav);
  if (!sliceBlocks) return { format: sniffed.format, samples: decoder.decode(data) };
  const parts: Int16Array[] = [];
  for (let at = 0; at < data.length; at += wav.blockAlign * sliceBlocks) parts.push(decoder.decode(data.subarray(at, at + wav.blockAlign * sliceBlocks)));
  const samples = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (samples.set(p, at), at + p.length), 0);
  return { format: sniffed.format, samples };
}

describe('GSM 6.10 (WAV49) against sox', () => {
  it('decodes speech sample for sample as sox does, at the length sox gives', async () => {
    const file = soxConvert(speech, 'speech-gsm.wav', ['-e', 'gsm-full-rate']);
    const { samples, format } = await decodeFile(file);
    const reference = soxDecodeToS16(file);
    expect(format).toMatchObject({ codec: 'gsm_ms', label: 'WAV, GSM 6.10', playback: 'decode', sampleRate: 8000, channels: 1 });
    expect(format.durationSeconds).toBeCloseTo(reference.length / 8000, 6);
    expect(samples.length).toBe(reference.length);
    expect(Buffer.from(samples.buffer).equals(Buffer.from(reference.buffer, reference.byteOffset, reference.byteLength))).toBe(true);
  });

  it('decodes a loud tone sweep (saturating arithmetic) exactly, and the same when fed in slices', async () => {
    const file = soxWav(dir, 'sweep-gsm.wav', ['-e', 'gsm-full-rate'], 4, 8000, 1, ['sine', '200-3000', 'gain', '-0.5']);
    const whole = await decodeFile(file);
    expect(Array.from(whole.samples)).toEqual(Array.from(soxDecodeToS16(file)));
    const sliced = await decodeFile(file, 7);
    expect(Array.from(sliced.samples)).toEqual(Array.from(whole.samples));
  });

  it('reads what ffmpeg writes with libgsm_ms the same way (65-byte blocks)', async () => {
    const file = ffmpegConvert(speech, 'speech-gsm-ff.wav', ['-c:a', 'libgsm_ms']);
    const { samples, format } = await decodeFile(file);
    expect(format.wav?.blockAlign).toBe(65);
    expect(Array.from(samples)).toEqual(Array.from(soxDecodeToS16(file)));
  });
});

describe('G.726 against ffmpeg', () => {
  it.each([
    ['16k', 2],
    ['24k', 3],
    ['32k', 4],
    ['40k', 5],
  ])('decodes speech at %s (%i-bit codes) sample for sample as ffmpeg does', async (rate, bits) => {
    const file = ffmpegConvert(speech, `speech-g726-${rate}.wav`, ['-c:a', 'g726', '-b:a', rate]);
    const { samples, format } = await decodeFile(file);
    const reference = ffmpegDecodeToS16(file);
    expect(format).toMatchObject({ codec: 'g726', label: 'WAV, G.726', playback: 'decode' });
    expect(format.wav?.bitsPerSample).toBe(bits);
    expect(samples.length).toBe(reference.length);
    expect(Array.from(samples)).toEqual(Array.from(reference));
    expect(Array.from((await decodeFile(file, 3)).samples)).toEqual(Array.from(reference));
  });

  it('reads format code 0x0064 (Microsoft G.726) as ffmpeg does', async () => {
    const file = ffmpegConvert(speech, 'speech-g726-64.wav', ['-c:a', 'g726', '-b:a', '24k']);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt16LE(0x0064, 20);
    const relabelled = path.join(dir, 'relabelled.wav');
    fs.writeFileSync(relabelled, bytes);
    expect(Array.from((await decodeFile(relabelled)).samples)).toEqual(Array.from(ffmpegDecodeToS16(relabelled)));
  });
});
