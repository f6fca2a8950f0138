import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bytesSource } from '../../../shared/media/bytes';
import { sniffAudio } from '../../../shared/media/sniff';
import type { SniffOutcome } from '../../../shared/media/outcome';
import { ffmpegAudio, soxWav, truncateFile } from './support/audio';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-sniff-'));
});

const sniff = (file: string): Promise<SniffOutcome> => sniffAudio(bytesSource(new Uint8Array(fs.readFileSync(file))));

async function playable(file: string) {
  const outcome = await sniff(file);
  if (!outcome.ok) throw new Error(`expected a playable file, got: ${outcome.message}`);
  return outcome.format;
}

describe('recognising recordings from their bytes', () => {
  it.each([
    ['PCM 16-bit', ['-e', 'signed-integer', '-b', '16'], 'wav/pcm_s16le', 'native'],
    ['PCM 8-bit', ['-e', 'unsigned-integer', '-b', '8'], 'wav/pcm_u8', 'native'],
    ['µ-law', ['-e', 'u-law'], 'wav/mulaw', 'native'],
    ['A-law', ['-e', 'a-law'], 'wav/alaw', 'native'],
    ['IMA ADPCM', ['-e', 'ima-adpcm'], 'wav/ima_adpcm', 'decode'],
    ['GSM 6.10', ['-e', 'gsm-full-rate'], 'wav/gsm_ms', 'decode'],
    ['float', ['-e', 'floating-point', '-b', '32'], 'wav/pcm_f32le', 'native'],
  ])('WAV %s from sox: codec, route and a 3-second duration', async (_label, encoding, id, route) => {
    const format = await playable(soxWav(dir, `${id.replace('/', '-')}.wav`, encoding));
    expect(`${format.container}/${format.codec}`).toBe(id);
    expect(format.playback).toBe(route);
    expect(format.contentType).toBe('audio/wav');
    expect(format.sampleRate).toBe(8000);
    expect(format.channels).toBe(1);
    expect(format.durationSeconds).toBeCloseTo(3, 1);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE (24-bit stereo) through its sub-format', async () => {
    const format = await playable(soxWav(dir, 'ext.wav', ['-e', 'signed-integer', '-b', '24'], 2, 44100, 2));
    expect(format.codec).toBe('pcm_s24le');
    expect(format.channels).toBe(2);
    expect(format.durationSeconds).toBeCloseTo(2, 2);
  });

  it.each([
    ['MP3', 'x.mp3', ['-c:a', 'libmp3lame', '-b:a', '32k'], 'mp3/mp3', 'audio/mpeg'],
    ['Ogg Vorbis', 'x.ogg', ['-c:a', 'libvorbis'], 'ogg/vorbis', 'audio/ogg'],
    ['Ogg Opus', 'x.opus', ['-c:a', 'libopus'], 'ogg/opus', 'audio/ogg'],
    ['FLAC', 'x.flac', ['-c:a', 'flac'], 'flac/flac', 'audio/flac'],
    ['Ogg FLAC', 'x.oga', ['-c:a', 'flac'], 'ogg/flac', 'audio/ogg'],
    ['MP3 inside WAV', 'mp3.wav', ['-c:a', 'libmp3lame'], 'wav/mp3', 'audio/wav'],
    ['M4A (AAC)', 'x.m4a', ['-c:a', 'aac'], 'mp4/aac', 'audio/mp4'],
    ['M4A with moov after mdat', 'late.m4a', ['-c:a', 'aac', '-movflags', '-faststart'], 'mp4/aac', 'audio/mp4'],
    ['M4A with moov first', 'fast.m4a', ['-c:a', 'aac', '-movflags', '+faststart'], 'mp4/aac', 'audio/mp4'],
  ])('%s from ffmpeg: codec, type and duration', async (_label, name, args, id, type) => {
    const format = await playable(ffmpegAudio(dir, name, args, 5));
    expect(`${format.container}/${format.codec}`).toBe(id);
    expect(format.contentType).toBe(type);
    expect(format.playback).toBe('native');
    expect(format.durationSeconds).not.toBeNull();
    expect(format.durationSeconds ?? 0).toBeGreaterThan(4.8);
    expect(format.durationSeconds ?? 0).toBeLessThan(5.2);
  });

  it('finds the MP3 audio after an ID3v2 tag and times a VBR file from its Xing header', async () => {
    const file = ffmpegAudio(dir, 'tagged.mp3', ['-c:a', 'libmp3lame', '-q:a', '4', '-id3v2_version', '3', '-metadata', 'title=Call 17'], 7);
    expect(fs.readFileSync(file).subarray(0, 3).toString()).toBe('ID3');
    const format = await playable(file);
    expect(format.codec).toBe('mp3');
    expect(format.durationSeconds ?? 0).toBeGreaterThan(6.9);
    expect(format.durationSeconds ?? 0).toBeLessThan(7.2);
  });
});

describe('naming what cannot be played', () => {
  it('Microsoft ADPCM in WAV is named, with the conversion advice', async () => {
    const outcome = await sniff(soxWav(dir, 'ms.wav', ['-e', 'ms-adpcm']));
    expect(outcome).toMatchObject({ ok: false, problem: 'unsupported', codec: 'Microsoft ADPCM' });
    if (!outcome.ok) expect(outcome.message).toBe('This WAV file is Microsoft ADPCM audio, which Callmark cannot play. Convert it to PCM WAV or MP3.');
  });

  it('stereo G.726 is named: ffmpeg and recorders write it mono only', async () => {
    const bytes = new Uint8Array(fs.readFileSync(ffmpegAudio(dir, 'g726-2ch.wav', ['-c:a', 'g726', '-b:a', '32k'])));
    bytes[22] = 2; // channels
    expect(await sniffAudio(bytesSource(bytes))).toMatchObject({ ok: false, problem: 'unsupported', codec: 'G.726 with 2 channels' });
  });

  it('an unknown WAVE format code is given by number', async () => {
    const bytes = new Uint8Array(fs.readFileSync(soxWav(dir, 'unknown.wav', ['-e', 'signed-integer', '-b', '16'])));
    bytes[20] = 0x34;
    bytes[21] = 0x12;
    const outcome = await sniffAudio(bytesSource(bytes));
    expect(outcome).toMatchObject({ ok: false, problem: 'unsupported' });
    if (!outcome.ok) expect(outcome.message).toContain('0x1234');
  });

  it('AIFF and AMR are named rather than called "not audio"', async () => {
    const aiff = path.join(dir, 'x.aiff');
    fs.writeFileSync(aiff, Buffer.concat([Buffer.from('FORM'), Buffer.alloc(4), Buffer.from('AIFF'), Buffer.alloc(20)]));
    expect(await sniff(aiff)).toMatchObject({ ok: false, problem: 'unsupported', codec: 'AIFF' });
    const amr = path.join(dir, 'x.amr');
    fs.writeFileSync(amr, '#!AMR\n' + 'x'.repeat(40));
    expect(await sniff(amr)).toMatchObject({ ok: false, problem: 'unsupported', codec: 'AMR' });
  });
});

describe('damaged and non-audio files', () => {
  it('a WAV cut short plays as far as it goes, from a mended copy, with a warning saying by how much', async () => {
    const full = soxWav(dir, 'whole.wav', ['-e', 'signed-integer', '-b', '16'], 4);
    const format = await playable(truncateFile(full, 44 + 16001, 'cut.wav'));
    expect(format.durationSeconds).toBe(1);
    expect(format.wav?.dataBytes).toBe(16000); // whole frames only
    expect(format.playback).toBe('decode');
    expect(format.warning).toMatch(/truncated: its header promises 4 s of audio but the file ends after 1 s\. It plays as far as it goes/);
  });

  it('a whole WAV has no warning', async () => {
    expect((await playable(soxWav(dir, 'whole3.wav', ['-e', 'signed-integer', '-b', '16'], 1))).warning).toBeNull();
  });

  it('a WAV cut inside its header is truncated too', async () => {
    const full = soxWav(dir, 'whole2.wav', ['-e', 'signed-integer', '-b', '16']);
    expect(await sniff(truncateFile(full, 30, 'header-cut.wav'))).toMatchObject({ ok: false });
  });

  it('a recorder that never finalised the header (data size 0) is timed from the file size', async () => {
    const bytes = new Uint8Array(fs.readFileSync(soxWav(dir, 'live.wav', ['-e', 'signed-integer', '-b', '16'], 2)));
    bytes.fill(0, 40, 44);
    const outcome = await sniffAudio(bytesSource(bytes));
    expect(outcome.ok && outcome.format.durationSeconds).toBeCloseTo(2, 2);
  });

  it('an M4A cut short is truncated', async () => {
    const full = ffmpegAudio(dir, 'cut-src.m4a', ['-c:a', 'aac', '-movflags', '-faststart'], 3);
    const size = fs.statSync(full).size;
    expect(await sniff(truncateFile(full, Math.floor(size / 2), 'cut.m4a'))).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('an empty file, random bytes and a text file say what they are', async () => {
    const empty = path.join(dir, 'empty.wav');
    fs.writeFileSync(empty, '');
    expect(await sniff(empty)).toMatchObject({ ok: false, problem: 'empty' });
    const noise = path.join(dir, 'noise.wav');
    fs.writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    expect(await sniff(noise)).toMatchObject({ ok: false, problem: 'not_audio' });
    const text = path.join(dir, 'notes.mp3');
    fs.writeFileSync(text, 'root:x:0:0:root:/root:/bin/bash\n');
    const outcome = await sniff(text);
    expect(outcome).toMatchObject({ ok: false, problem: 'not_audio' });
    if (!outcome.ok) expect(outcome.message).toContain('not WAV, MP3, Ogg, FLAC or M4A');
  });

  it('a RIFF file that is not WAVE (an AVI) is not taken for audio', async () => {
    const avi = path.join(dir, 'x.avi');
    fs.writeFileSync(avi, Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('AVI LIST'), Buffer.alloc(40)]));
    expect(await sniff(avi)).toMatchObject({ ok: false, problem: 'not_audio' });
  });
});
