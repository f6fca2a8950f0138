import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { encodePeakTable } from '../../../shared/media/peaks';
import { ffmpegConvert, soxWav } from './support/audio';
import { useMediaHarness } from './support/review';

/**
 * Issue 13 items 2–4 through the real service: every format the player plays
 * gets a waveform computed by the backend, per channel, cached in the data
 * folder, and answered for any window at any width.
 */
const t = useMediaHarness({ beforeEach, afterEach });

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Two seconds of tone (sox's sine peaks at about 0.7), then two of silence; in stereo the tone is on the left only. */
const toneThenSilence = (name: string, channels = 1) =>
  soxWav(t.media, name, ['-e', 'signed-integer', '-b', '16'], 2, 8000, channels, ['pad', '0', '2', ...(channels === 2 ? ['remix', '1', '0'] : [])]);

async function attached(file: string) {
  const { scorecardId } = await t.h.newReview();
  const state = await t.h.call('media.attach', { scorecardId, path: file });
  expect(state.status).toBe('ok');
  return scorecardId;
}

/** A 100-bucket overview of a 4 s tone-then-silence: loud buckets, then quiet ones, `late` buckets later where a codec delays. */
function expectToneThenSilence(values: number[] | undefined, late = 0) {
  expect(values).toHaveLength(100);
  for (const v of (values ?? []).slice(2 + late, 48)) expect(v).toBeGreaterThan(0.5);
  for (const v of (values ?? []).slice(56 + late)) expect(v).toBeLessThan(0.01);
}

describe('a waveform for every format the player plays', () => {
  // Encoder delay is trimmed where the file says how (the LAME tag), as Chromium plays it. ffmpeg's IMA
  // WAV has no fact chunk to drop its last block's padding; MP3 inside WAV carries no LAME tag, so its encoder's delay
  // (0.17 s at 8 kHz) stays, in playback and waveform alike.
  it.each([
    ['PCM WAV', 'tone.wav', null, 4, 0],
    ['IMA ADPCM WAV (decoded copy)', 'ima.wav', ['-c:a', 'adpcm_ima_wav'], 4.1, 0],
    ['GSM 6.10 WAV (decoded copy)', 'gsm.wav', ['-c:a', 'libgsm_ms'], 4.04, 0],
    ['G.726 WAV (decoded copy)', 'g726.wav', ['-c:a', 'g726', '-b:a', '32k'], 4, 0],
    ['MP3', 'tone.mp3', ['-c:a', 'libmp3lame', '-b:a', '32k'], 4, 0],
    ['Ogg Vorbis', 'tone.ogg', ['-c:a', 'libvorbis'], 4, 0],
    ['Ogg Opus', 'tone.opus', ['-c:a', 'libopus'], 4, 0],
    ['FLAC', 'tone.flac', ['-c:a', 'flac'], 4, 0],
    ['Ogg FLAC', 'tone.oga', ['-c:a', 'flac'], 4, 0],
    ['MP3 inside WAV', 'mp3.wav', ['-c:a', 'libmp3lame'], 4.2, 5],
  ] as const)('%s: peaks from its samples, lined up with playback', async (_label, name, codec, longest, late) => {
    const pcm = toneThenSilence('source.wav');
    const file = codec ? ffmpegConvert(pcm, name, [...codec]) : pcm;
    const scorecardId = await attached(file);
    const result = await t.h.call('media.peaks', { scorecardId, buckets: 100 });
    expect(result.message).toBeNull();
    expect(result.channelCount).toBe(1);
    expect(result.durationSeconds ?? 0).toBeGreaterThan(3.99);
    expect(result.durationSeconds ?? 0).toBeLessThanOrEqual(longest);
    expectToneThenSilence(result.channels?.[0], late);
  });

  it('says why there is none for a format the backend cannot read, and the recording still plays', async () => {
    const file = ffmpegConvert(toneThenSilence('source.wav'), 'opus.mp4', ['-c:a', 'libopus', '-f', 'mp4']);
    const scorecardId = await attached(file);
    const result = await t.h.call('media.peaks', { scorecardId, buckets: 100 });
    expect(result.channels).toBeNull();
    expect(result.message).toContain('cannot draw a waveform');
    expect((await t.h.call('media.get', { scorecardId })).status).toBe('ok');
  });

  it('draws none for AAC, whose only decoder is GPL-licensed, and says so; the recording still plays', async () => {
    const file = ffmpegConvert(toneThenSilence('source.wav'), 'tone.m4a', ['-c:a', 'aac']);
    const scorecardId = await attached(file);
    const result = await t.h.call('media.peaks', { scorecardId, buckets: 100 });
    expect(result.channels).toBeNull();
    expect(result.message).toMatch(/No waveform for AAC.*GPL/);
    expect((await t.h.call('media.get', { scorecardId })).status).toBe('ok');
  });
});

describe('stereo recordings', () => {
  it.each([
    ['WAV', 'stereo.wav', null],
    ['MP3', 'stereo.mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']],
  ])('%s: peaks per channel, so the agent and the customer get a lane each', async (_label, name, codec) => {
    const pcm = toneThenSilence('source-2ch.wav', 2);
    const file = codec ? ffmpegConvert(pcm, name, codec) : pcm;
    const scorecardId = await attached(file);
    const result = await t.h.call('media.peaks', { scorecardId, buckets: 100 });
    expect(result.channelCount).toBe(2);
    expect(result.channels).toHaveLength(2);
    expectToneThenSilence(result.channels?.[0]);
    expect(Math.max(...(result.channels?.[1] ?? [1]))).toBeLessThan(0.05);
  });
});

describe('zooming a long call', () => {
  it('answers a window of a ten-minute call at its own width, and never finer than the table', async () => {
    // A 0.5 s beep at 5 min in ten minutes of silence.
    const file = soxWav(t.media, 'long.wav', ['-e', 'signed-integer', '-b', '16'], 0.5, 8000, 1, ['pad', '300', '299.5']);
    const scorecardId = await attached(file);
    const overview = await t.h.call('media.peaks', { scorecardId, buckets: 600 });
    expect(overview).toMatchObject({ fromSeconds: 0, toSeconds: 600, durationSeconds: 600, finestSeconds: 0.005 });
    expect(overview.channels?.[0]).toHaveLength(600);
    expect(overview.channels?.[0]?.findIndex((v) => v > 0.5)).toBe(300);
    const zoomed = await t.h.call('media.peaks', { scorecardId, buckets: 400, fromSeconds: 299, toSeconds: 303 });
    expect(zoomed).toMatchObject({ fromSeconds: 299, toSeconds: 303, bucketSeconds: 0.01 });
    const loud = (zoomed.channels?.[0] ?? []).map((v, i) => (v > 0.5 ? i : -1)).filter((i) => i >= 0);
    // The beep is 300.0–300.5 s: buckets 100 to 149 of the window.
    expect(loud[0]).toBe(100);
    expect(loud.at(-1)).toBe(149);
    const deep = await t.h.call('media.peaks', { scorecardId, buckets: 2000, fromSeconds: 300, toSeconds: 301 });
    expect(deep.channels?.[0]).toHaveLength(200);
    expect(deep.bucketSeconds).toBe(0.005);
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const scorecardId = await attached(toneThenSilence('tone.wav'));
    await expect(t.h.call('media.peaks', { scorecardId, fromSeconds: 3, toSeconds: 2 })).rejects.toThrow(/fromSeconds must be before toSeconds/);
  });
});

describe('the peaks cache', () => {
  it('is computed once per recording into the data folder, read from there after a restart, and rebuilt when damaged', async () => {
    const file = toneThenSilence('tone.wav');
    const scorecardId = await attached(file);
    await t.h.call('media.peaks', { scorecardId, buckets: 100 });
    const cached = path.join(t.h.dataFolder, 'media-peaks', `${sha256(file)}.peaks`);
    expect(fs.existsSync(cached)).toBe(true);
    // A table written in place of the real one is what the next process serves: it reads the cache, not the audio.
    fs.writeFileSync(cached, encodePeakTable({ sampleRate: 8000, channels: 1, framesPerBucket: 40, frames: 32000, levels: [new Uint16Array(800).fill(65535)] }));
    await t.restart();
    expect((await t.h.call('media.peaks', { scorecardId, buckets: 100 })).channels?.[0]?.every((v) => v === 1)).toBe(true);
    fs.writeFileSync(cached, 'damaged');
    await t.restart();
    expectToneThenSilence((await t.h.call('media.peaks', { scorecardId, buckets: 100 })).channels?.[0]);
  });

  it('is removed with the last recording that needs it', async () => {
    const file = toneThenSilence('tone.wav');
    const scorecardId = await attached(file);
    await t.h.call('media.peaks', { scorecardId, buckets: 100 });
    const cached = path.join(t.h.dataFolder, 'media-peaks', `${sha256(file)}.peaks`);
    expect(fs.existsSync(cached)).toBe(true);
    await t.h.call('media.detach', { scorecardId });
    expect(fs.existsSync(cached)).toBe(false);
  });
});

describe('which channel is the agent', () => {
  it('is set per recording, returned by media.get and media.peaks, and remembered across a restart', async () => {
    const file = toneThenSilence('stereo.wav', 2);
    const scorecardId = await attached(file);
    expect((await t.h.call('media.get', { scorecardId })).agentChannel).toBe('unknown');
    expect((await t.h.call('media.setAgentChannel', { scorecardId, agentChannel: 'right' })).agentChannel).toBe('right');
    expect((await t.h.call('media.peaks', { scorecardId, buckets: 16 })).agentChannel).toBe('right');
    await t.restart();
    expect((await t.h.call('media.get', { scorecardId })).agentChannel).toBe('right');
    expect((await t.h.call('media.setAgentChannel', { scorecardId, agentChannel: 'unknown' })).agentChannel).toBe('unknown');
  });

  it('stays with the same file when it is located elsewhere, and is not known for different content', async () => {
    const file = toneThenSilence('stereo.wav', 2);
    const scorecardId = await attached(file);
    await t.h.call('media.setAgentChannel', { scorecardId, agentChannel: 'left' });
    const moved = path.join(t.media, 'moved.wav');
    fs.renameSync(file, moved);
    expect((await t.h.call('media.relink', { scorecardId, path: moved })).agentChannel).toBe('left');
    const other = soxWav(t.media, 'other.wav', ['-e', 'signed-integer', '-b', '16'], 1, 8000, 2);
    expect((await t.h.call('media.attach', { scorecardId, path: other })).agentChannel).toBe('unknown');
  });

  it('is refused for a mono recording and without one, saying why', async () => {
    const scorecardId = await attached(toneThenSilence('mono.wav'));
    await expect(t.h.call('media.setAgentChannel', { scorecardId, agentChannel: 'left' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('only a stereo (two-channel) recording has an agent side'),
    });
    const { scorecardId: bare } = await t.h.newReview();
    await expect(t.h.call('media.setAgentChannel', { scorecardId: bare, agentChannel: 'left' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(t.h.call('media.setAgentChannel', { scorecardId, agentChannel: 'middle' })).rejects.toThrow();
  });
});
