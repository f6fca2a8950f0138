import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { apiFor, newDraft } from './support/api';
import { expect, test } from './support/fixtures';
import { ffmpegAudio, soxWav } from '../unit/media/support/audio';

// What the backend serves really plays in Chromium, through the real browser
// host: every format the product promises (IMA ADPCM via its decoded copy),
// seeking and speed over Range requests, and the same-origin rule. The player
// UI comes later; these drive a bare <audio> element on the app's own page,
// which is exactly what the UI will do with media.get's URL.

interface MediaState {
  status: string;
  source: { url: string; decoded: boolean } | null;
}

/** Loads a URL into a muted <audio> on the current page and reports what Chromium made of it. */
function probe(page: Page, src: string) {
  return page.evaluate(async (url) => {
    const audio = new Audio();
    audio.muted = true;
    audio.preload = 'auto';
    const loaded = new Promise<string | null>((resolve) => {
      audio.addEventListener('loadedmetadata', () => resolve(null), { once: true });
      audio.addEventListener('error', () => resolve(`media error ${audio.error?.code ?? '?'}`), { once: true });
    });
    audio.src = url;
    const error = await loaded;
    (window as unknown as { __audio: HTMLAudioElement }).__audio = audio;
    return { error, duration: audio.duration };
  }, src);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-media-'));

test.describe('recordings play in Chromium through the browser host', () => {
  for (const [label, make, decoded] of [
    ['PCM WAV', () => soxWav(dir, 'pcm.wav', ['-e', 'signed-integer', '-b', '16'], 6), false],
    ['µ-law WAV', () => soxWav(dir, 'ulaw.wav', ['-e', 'u-law'], 6), false],
    ['A-law WAV', () => soxWav(dir, 'alaw.wav', ['-e', 'a-law'], 6), false],
    ['IMA ADPCM WAV (decoded by the backend)', () => soxWav(dir, 'ima.wav', ['-e', 'ima-adpcm'], 6), true],
    ['MP3', () => ffmpegAudio(dir, 'call.mp3', ['-c:a', 'libmp3lame'], 6), false],
    ['Ogg Vorbis', () => ffmpegAudio(dir, 'call.ogg', ['-c:a', 'libvorbis'], 6), false],
    ['Ogg Opus', () => ffmpegAudio(dir, 'call.opus', ['-c:a', 'libopus'], 6), false],
    ['FLAC', () => ffmpegAudio(dir, 'call.flac', ['-c:a', 'flac'], 6), false],
    ['Ogg FLAC', () => ffmpegAudio(dir, 'call.oga', ['-c:a', 'flac'], 6), false],
    ['MP3 inside WAV', () => ffmpegAudio(dir, 'mp3-in.wav', ['-c:a', 'libmp3lame'], 6), false],
    ['M4A (AAC)', () => ffmpegAudio(dir, 'call.m4a', ['-c:a', 'aac'], 6), false],
  ] as const) {
    test(`${label}: loads, plays, seeks and changes speed`, async ({ page, host }) => {
      const api = apiFor(host.url);
      const scorecardId = await newDraft(api);
      const state = await api.call<MediaState>('media.attach', { scorecardId, path: make() });
      expect(state.status).toBe('ok');
      expect(state.source?.decoded).toBe(decoded);
      await page.goto(host.url);
      const loaded = await probe(page, state.source?.url ?? '');
      expect(loaded.error).toBeNull();
      if (Number.isFinite(loaded.duration)) expect(loaded.duration).toBeCloseTo(6, 0);

      const played = await page.evaluate(async () => {
        const audio = (window as unknown as { __audio: HTMLAudioElement }).__audio;
        const advanced = new Promise<void>((resolve) => {
          const check = () => (audio.currentTime > 0.2 ? resolve() : undefined);
          audio.addEventListener('timeupdate', check);
        });
        await audio.play();
        await advanced;
        audio.playbackRate = 1.5;
        const seeked = new Promise<void>((resolve) => audio.addEventListener('seeked', () => resolve(), { once: true }));
        audio.currentTime = 4;
        await seeked;
        const after = audio.currentTime;
        audio.pause();
        return { after, rate: audio.playbackRate, pitchKept: audio.preservesPitch };
      });
      expect(played.after).toBeGreaterThanOrEqual(3.9);
      expect(played.after).toBeLessThan(4.6);
      expect(played.rate).toBe(1.5);
      expect(played.pitchKept).toBe(true);
    });
  }

  test('a page from another origin cannot load the recording, even with its URL', async ({ page, host }) => {
    const api = apiFor(host.url);
    const scorecardId = await newDraft(api);
    const state = await api.call<MediaState>('media.attach', { scorecardId, path: soxWav(dir, 'private.wav', ['-e', 'signed-integer', '-b', '16'], 2) });
    const absolute = new URL(state.source?.url ?? '', host.url).toString();
    const statuses: number[] = [];
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.url() === absolute) statuses.push(r.status());
    });
    page.on('requestfailed', (r) => {
      if (r.url() === absolute) refused.push(r.failure()?.errorText ?? 'failed');
    });
    await page.goto(host.url);
    expect((await probe(page, absolute)).error).toBeNull();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 206)).toBe(true);
    // A page of another origin on this machine (another port: same site, other origin), with no CSP to stop it
    // asking: the browser marks the request same-site, the host answers 403 (test/unit/media/host-route.test.ts),
    // and that answer's Cross-Origin-Resource-Policy makes Chromium drop it before the page sees anything.
    const other = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>other</title>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      statuses.length = 0;
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      expect((await probe(page, absolute)).error).toMatch(/media error/);
      expect(statuses.filter((s) => s === 200 || s === 206)).toEqual([]);
      expect(refused.join(' ')).toMatch(/BLOCKED_BY_RESPONSE|403/);
    } finally {
      other.close();
    }
  });

  test('a detached recording stops playing from its old URL', async ({ page, host }) => {
    const api = apiFor(host.url);
    const scorecardId = await newDraft(api);
    const state = await api.call<MediaState>('media.attach', { scorecardId, path: soxWav(dir, 'detach.wav', ['-e', 'signed-integer', '-b', '16'], 2) });
    await api.call('media.detach', { scorecardId });
    await page.goto(host.url);
    expect((await probe(page, state.source?.url ?? '')).error).toMatch(/media error/);
  });
});
