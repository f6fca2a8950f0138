import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ffmpegAudio, ffmpegDecodeToS16, soxDecodeToS16, soxWav, truncateFile } from './support/audio';
import { completeReview } from './support/complete';
import { startHarness, type Harness } from './support/review';

let h: Harness;
let media: string;

beforeEach(async () => {
  h = await startHarness();
  media = path.join(h.dir, 'recordings');
  fs.mkdirSync(media);
});
afterEach(() => h.close());

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const capabilityOf = (url: string) => url.split('/').pop() ?? '';

describe('attaching a recording', () => {
  it('stores path, size, hash, format and duration — not a copy — and gives a playback URL', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16'], 3);
    const { scorecardId, interactionId } = await h.newReview();
    const state = await h.call('media.attach', { scorecardId, path: file });
    expect(state.status).toBe('ok');
    expect(state.recording).toMatchObject({
      interactionId,
      path: file,
      fileName: 'call.wav',
      sizeBytes: fs.statSync(file).size,
      sha256: sha256(file),
      format: 'wav/pcm_s16le',
      formatLabel: 'WAV, PCM 16-bit',
      sampleRate: 8000,
      channels: 1,
    });
    expect(state.recording?.durationSeconds).toBeCloseTo(3, 3);
    expect(state.source).toMatchObject({ contentType: 'audio/wav', decoded: false });
    expect(state.source?.url).toMatch(/^\/media\/[A-Za-z0-9_-]{43}$/);
    expect(fs.existsSync(path.join(h.dataFolder, 'media-cache'))).toBe(false);
    const served = await h.call('media.streamSource', { capability: capabilityOf(state.source?.url ?? '') });
    expect(served).toEqual({ path: file, sizeBytes: fs.statSync(file).size, contentType: 'audio/wav' });
  });

  it.each([
    ['call.mp3', ['-c:a', 'libmp3lame'], 'mp3/mp3', 'audio/mpeg'],
    ['call.ogg', ['-c:a', 'libvorbis'], 'ogg/vorbis', 'audio/ogg'],
    ['call.opus', ['-c:a', 'libopus'], 'ogg/opus', 'audio/ogg'],
    ['call.flac', ['-c:a', 'flac'], 'flac/flac', 'audio/flac'],
    ['call.m4a', ['-c:a', 'aac'], 'mp4/aac', 'audio/mp4'],
  ])('plays %s as it is', async (name, args, format, type) => {
    const file = ffmpegAudio(media, name, args, 3);
    const { scorecardId } = await h.newReview();
    const state = await h.call('media.attach', { scorecardId, path: file });
    expect(state.recording?.format).toBe(format);
    expect(state.source).toMatchObject({ contentType: type, decoded: false });
  });

  it.each([
    ['µ-law', 'u-law', 'wav/mulaw'],
    ['A-law', 'a-law', 'wav/alaw'],
  ])('plays %s WAV natively (Chromium does)', async (_label, encoding, format) => {
    const file = soxWav(media, `${encoding}.wav`, ['-e', encoding]);
    const { scorecardId } = await h.newReview();
    const state = await h.call('media.attach', { scorecardId, path: file });
    expect(state.recording?.format).toBe(format);
    expect(state.source?.decoded).toBe(false);
  });

  it('decodes IMA ADPCM once into the cache, keyed by hash, and serves that PCM copy', async () => {
    const file = soxWav(media, 'ima.wav', ['-e', 'ima-adpcm'], 3);
    const { scorecardId } = await h.newReview();
    const state = await h.call('media.attach', { scorecardId, path: file });
    expect(state.recording?.format).toBe('wav/ima_adpcm');
    expect(state.source).toMatchObject({ contentType: 'audio/wav', decoded: true });
    const cached = path.join(h.dataFolder, 'media-cache', `${sha256(file)}.wav`);
    const served = await h.call('media.streamSource', { capability: capabilityOf(state.source?.url ?? '') });
    expect(served.path).toBe(cached);
    // The copy is plain 16-bit PCM holding what sox decodes from the original, without the last block's padding.
    const decoded = soxDecodeToS16(cached);
    expect(decoded.length).toBe(3 * 8000);
    expect(Array.from(decoded)).toEqual(Array.from(soxDecodeToS16(file).subarray(0, 3 * 8000)));
    expect(state.recording?.durationSeconds).toBe(3);
    const firstDecode = fs.statSync(cached).mtimeMs;
    const second = await h.newReview();
    await h.call('media.attach', { scorecardId: second.scorecardId, path: file });
    expect(fs.statSync(cached).mtimeMs).toBe(firstDecode);
  });

  it.each([
    ['GSM 6.10 (sox)', 'gsm.wav', () => soxWav(media, 'gsm.wav', ['-e', 'gsm-full-rate'], 3), 'wav/gsm_ms', soxDecodeToS16],
    ['G.726 at 32 kbit/s (ffmpeg)', 'g726.wav', () => ffmpegAudio(media, 'g726.wav', ['-c:a', 'g726', '-b:a', '32k'], 3), 'wav/g726', ffmpegDecodeToS16],
  ])('attaches %s and serves the PCM copy the reference tool decodes', async (_label, _name, make, format, reference) => {
    const file = make();
    const { scorecardId } = await h.newReview();
    const state = await h.call('media.attach', { scorecardId, path: file });
    expect(state).toMatchObject({ status: 'ok', warning: null, recording: { format }, source: { contentType: 'audio/wav', decoded: true } });
    const served = await h.call('media.streamSource', { capability: capabilityOf(state.source?.url ?? '') });
    expect(Array.from(soxDecodeToS16(served.path))).toEqual(Array.from(reference(file)));
    expect(state.recording?.durationSeconds).toBeCloseTo(3, 1);
  });

  it('attaches a truncated WAV: it plays as far as it goes from a mended copy, and the state warns', async () => {
    const whole = soxWav(media, 'whole.wav', ['-e', 'signed-integer', '-b', '16'], 4);
    const cut = truncateFile(whole, 44 + 8000 * 2 * 2, 'cut.wav');
    const { scorecardId } = await h.newReview();
    const state = await h.call('media.attach', { scorecardId, path: cut });
    expect(state.status).toBe('ok');
    expect(state.warning).toMatch(/truncated: its header promises 4 s of audio but the file ends after 2 s/);
    expect(state.recording?.durationSeconds).toBe(2);
    const served = await h.call('media.streamSource', { capability: capabilityOf(state.source?.url ?? '') });
    expect(served.path).not.toBe(cut);
    // The copy's header says 2 s, so <audio> ends and times it where the audio ends; the samples are the same.
    expect(Array.from(soxDecodeToS16(served.path))).toEqual(Array.from(soxDecodeToS16(whole).subarray(0, 16000)));
    expect((await h.call('media.get', { scorecardId })).warning).toBe(state.warning);
  });

  it('rebuilds a decoded copy that was deleted', async () => {
    const file = soxWav(media, 'ima.wav', ['-e', 'ima-adpcm'], 2);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    const cached = path.join(h.dataFolder, 'media-cache', `${sha256(file)}.wav`);
    fs.rmSync(cached);
    const state = await h.call('media.get', { scorecardId });
    expect(state.status).toBe('ok');
    expect(fs.existsSync(cached)).toBe(true);
  });
});

describe('files that cannot be attached', () => {
  it('a codec Callmark cannot play is refused with the codec named, nothing is stored, and the review can still be completed', async () => {
    const file = soxWav(media, 'ms.wav', ['-e', 'ms-adpcm']);
    const { scorecardId, elementIds } = await h.newReview();
    await expect(h.call('media.attach', { scorecardId, path: file })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('This WAV file is Microsoft ADPCM audio, which Callmark cannot play. Convert it to PCM WAV or MP3.'),
      details: { problem: 'unsupported', codec: 'Microsoft ADPCM' },
    });
    expect((await h.call('media.get', { scorecardId })).status).toBe('none');
    await completeReview(h, scorecardId, elementIds);
    expect((await h.call('reviews.get', { id: scorecardId })).scorecard.status).toBe('completed');
  });

  it('a WAV cut inside its header and a file of noise say what is wrong with them', async () => {
    const whole = soxWav(media, 'whole.wav', ['-e', 'signed-integer', '-b', '16'], 4);
    const cut = truncateFile(whole, 30, 'cut.wav');
    const noise = path.join(media, 'noise.wav');
    fs.writeFileSync(noise, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256)));
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.attach', { scorecardId, path: cut })).rejects.toMatchObject({ details: { problem: 'corrupt' } });
    await expect(h.call('media.attach', { scorecardId, path: noise })).rejects.toMatchObject({ details: { problem: 'not_audio' } });
  });

  it('refuses a relative path, a missing file and a folder', async () => {
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.attach', { scorecardId, path: 'call.wav' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('full path') });
    await expect(h.call('media.attach', { scorecardId, path: path.join(media, 'nope.wav') })).rejects.toMatchObject({ code: 'not_found', details: { problem: 'missing' } });
    await expect(h.call('media.attach', { scorecardId, path: media })).rejects.toMatchObject({ details: { problem: 'not_a_file' } });
  });

  it('takes only a full path from the browser host, for attach and relink alike, before reading anything', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await h.newReview();
    // A path relative to wherever the backend happens to run must not be resolved against it.
    const relative = path.relative(process.cwd(), file);
    for (const given of [relative, './call.wav', '~/call.wav', 'recordings/call.wav', 'C:call.wav']) {
      await expect(h.call('media.attach', { scorecardId, path: given }), given).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/is not a full path.*Give the full path/),
      });
    }
    expect((await h.call('media.get', { scorecardId })).status).toBe('none');
    // relink says the same, not "no recording to locate" and not "not the recording that was attached".
    await expect(h.call('media.relink', { scorecardId, path: 'call.wav' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('not a full path') });
    await h.call('media.attach', { scorecardId, path: file });
    await expect(h.call('media.relink', { scorecardId, path: relative, acceptChanged: true })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('not a full path') });
    // A NUL byte cannot be part of a path: refused by the schema, not passed on to the file system.
    await expect(h.call('media.attach', { scorecardId, path: `${file}\0.txt` })).rejects.toThrow(/NUL/);
  });

  it('refuses a file grant: only the desktop app’s main process turns grants into paths', async () => {
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.attach', { scorecardId, grantId: 'A'.repeat(43) })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('grant') });
    await expect(h.call('media.chooseFile', {})).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('desktop app') });
  });

  it('the input schema wants exactly one of path and grantId', async () => {
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.attach', { scorecardId })).rejects.toThrow(/either path or grantId/);
    await expect(h.call('media.attach', { scorecardId, path: '/x.wav', grantId: 'A'.repeat(43) })).rejects.toThrow(/either path or grantId/);
  });
});

describe('a recording that moved or changed', () => {
  it('reports a missing file with a clear message, and its playback URL stops working', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await h.newReview();
    const attached = await h.call('media.attach', { scorecardId, path: file });
    fs.renameSync(file, path.join(media, 'moved.wav'));
    const state = await h.call('media.get', { scorecardId });
    expect(state.status).toBe('missing');
    expect(state.source).toBeNull();
    expect(state.message).toContain('“call.wav” is no longer at');
    expect(state.message).toContain('Locate the file');
    expect(state.recording?.path).toBe(file);
    await expect(h.call('media.streamSource', { capability: capabilityOf(attached.source?.url ?? '') })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reports a file whose content changed (same size, or not)', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(await h.call('media.get', { scorecardId })).toMatchObject({ status: 'changed', message: expect.stringContaining('content has changed') });
    fs.appendFileSync(file, Buffer.alloc(10));
    expect((await h.call('media.get', { scorecardId })).status).toBe('changed');
  });

  it('accepts a file that was only touched, re-hashing it once', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    fs.utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect((await h.call('media.get', { scorecardId })).status).toBe('ok');
    const row = h.service.context.db.prepare('SELECT modified_ms FROM recordings').get() as { modified_ms: number };
    expect(row.modified_ms).toBe(Math.floor(fs.statSync(file).mtimeMs));
  });

  it('"locate file" re-links the same recording at its new path, and the old URL stops working', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await h.newReview();
    const before = await h.call('media.attach', { scorecardId, path: file });
    const moved = path.join(media, 'archive-call.wav');
    fs.renameSync(file, moved);
    const after = await h.call('media.relink', { scorecardId, path: moved });
    expect(after).toMatchObject({ status: 'ok', recording: { path: moved, fileName: 'archive-call.wav' } });
    expect(after.source?.url).not.toBe(before.source?.url);
    await expect(h.call('media.streamSource', { capability: capabilityOf(before.source?.url ?? '') })).rejects.toMatchObject({ code: 'not_found' });
    expect((await h.call('media.streamSource', { capability: capabilityOf(after.source?.url ?? '') })).path).toBe(moved);
  });

  it('re-linking to different content needs acceptChanged, and says so with both hashes', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16'], 3);
    const other = soxWav(media, 'other.wav', ['-e', 'signed-integer', '-b', '16'], 2);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    await expect(h.call('media.relink', { scorecardId, path: other })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('not the recording that was attached'),
      details: { problem: 'changed', expectedSha256: sha256(file), foundSha256: sha256(other) },
    });
    const state = await h.call('media.relink', { scorecardId, path: other, acceptChanged: true });
    expect(state.recording).toMatchObject({ path: other, sha256: sha256(other) });
    expect(state.recording?.durationSeconds).toBeCloseTo(2, 3);
  });

  it('relink without a recording asks to attach instead', async () => {
    const { scorecardId } = await h.newReview();
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    await expect(h.call('media.relink', { scorecardId, path: file })).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('attach one') });
  });
});

describe('detaching and the scorecard life cycle', () => {
  it('detach forgets the recording, revokes its URL and removes a decoded copy nobody needs', async () => {
    const file = soxWav(media, 'ima.wav', ['-e', 'ima-adpcm']);
    const { scorecardId } = await h.newReview();
    const attached = await h.call('media.attach', { scorecardId, path: file });
    const cached = path.join(h.dataFolder, 'media-cache', `${sha256(file)}.wav`);
    expect(fs.existsSync(cached)).toBe(true);
    const state = await h.call('media.detach', { scorecardId });
    expect(state).toMatchObject({ status: 'none', recording: null, source: null });
    expect(fs.existsSync(cached)).toBe(false);
    expect(fs.existsSync(file)).toBe(true); // the user's file is never touched
    await expect(h.call('media.streamSource', { capability: capabilityOf(attached.source?.url ?? '') })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a completed scorecard refuses attach, detach and changed content, but plays and re-links the same file', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const other = soxWav(media, 'other.wav', ['-e', 'u-law']);
    const { scorecardId, elementIds } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    await completeReview(h, scorecardId, elementIds);
    await expect(h.call('media.attach', { scorecardId, path: other })).rejects.toMatchObject({ code: 'read_only' });
    await expect(h.call('media.detach', { scorecardId })).rejects.toMatchObject({ code: 'read_only' });
    await expect(h.call('media.relink', { scorecardId, path: other, acceptChanged: true })).rejects.toMatchObject({ code: 'read_only' });
    // Not the "changed" conflict either: the page would offer "use it anyway" for a change that is refused.
    await expect(h.call('media.relink', { scorecardId, path: other })).rejects.toMatchObject({ code: 'read_only' });
    const state = await h.call('media.get', { scorecardId });
    expect(state).toMatchObject({ status: 'ok', readOnly: true });
    const moved = path.join(media, 'moved.wav');
    fs.renameSync(file, moved);
    expect((await h.call('media.relink', { scorecardId, path: moved })).recording?.path).toBe(moved);
  });

  it('discarding a draft takes its recording, notes, position and clock with it', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    await h.call('media.notes.add', { scorecardId, atSeconds: 1, text: 'greeting' });
    await h.call('media.savePlayback', { scorecardId, positionSeconds: 2, speed: 1.5 });
    await h.call('media.clock.start', { scorecardId });
    await h.call('reviews.discardDraft', { scorecardId });
    const db = h.service.context.db;
    for (const table of ['recordings', 'notes', 'playback_positions', 'live_clocks']) {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
  });

  it('keeps one playback URL while the file is unchanged, so the player is not reloaded', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await h.newReview();
    const a = await h.call('media.attach', { scorecardId, path: file });
    const b = await h.call('media.get', { scorecardId });
    const c = await h.call('media.playbackUrl', { scorecardId });
    expect(b.source?.url).toBe(a.source?.url);
    expect(c.url).toBe(a.source?.url);
  });

  it('playbackUrl explains why there is none', async () => {
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.playbackUrl', { scorecardId })).rejects.toMatchObject({ code: 'not_found' });
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    await h.call('media.attach', { scorecardId, path: file });
    fs.rmSync(file);
    await expect(h.call('media.playbackUrl', { scorecardId })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('no longer at') });
  });
});

describe('pruning the decode cache is best-effort', () => {
  it('a copy that cannot be removed is logged, and detach, attach and start-up still succeed', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const ima = soxWav(media, 'ima.wav', ['-e', 'ima-adpcm']);
      const cacheDir = path.join(h.dataFolder, 'media-cache');
      const { scorecardId } = await h.newReview();
      await h.call('media.attach', { scorecardId, path: ima });
      // A folder in the cache cannot be removed by the pruner (it deletes files only): every prune trips on it.
      fs.mkdirSync(path.join(cacheDir, 'stuck'));
      fs.writeFileSync(path.join(cacheDir, 'stuck', 'x'), 'x');
      expect((await h.call('media.detach', { scorecardId })).status).toBe('none');
      // The rest of the cache was still pruned.
      expect(fs.readdirSync(cacheDir)).toEqual(['stuck']);
      const wav = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
      expect((await h.call('media.attach', { scorecardId, path: wav })).status).toBe('ok');
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('media cache'), expect.anything());
      const dir = h.dir;
      await h.close();
      h = await startHarness({ dir });
      expect((await h.call('media.get', { scorecardId })).status).toBe('ok');
    } finally {
      errors.mockRestore();
    }
  });
});
