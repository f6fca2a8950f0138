import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { soxWav } from './support/audio';
import { startHarness, type Harness } from './support/review';

/**
 * media.attach and media.relink hash the file (asynchronously, it may be large)
 * between reading the review's recording and saving: anything that changed the
 * recording meanwhile must make them fail clearly, never be silently undone.
 * A handler runs synchronously up to its first await, so a call started and
 * not awaited has read the state before the next call runs.
 */
let h: Harness;
let media: string;

beforeEach(async () => {
  h = await startHarness();
  media = path.join(h.dir, 'recordings');
  fs.mkdirSync(media);
});
afterEach(() => h.close());

const pcm = ['-e', 'signed-integer', '-b', '16'];
const settle = <T>(p: Promise<T>) => p.then((value) => ({ value, error: null }), (error: unknown) => ({ value: null, error }));

describe('a relink while the file is being hashed', () => {
  it('does not undo a recording attached meanwhile: it fails with a conflict', async () => {
    // A quarter of an hour of 8 kHz PCM (14 MB) to relink, a short file to attach: the attach finishes first.
    const long = soxWav(media, 'long.wav', pcm, 900);
    const other = soxWav(media, 'other.wav', ['-e', 'u-law'], 1);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: long });
    const moved = path.join(media, 'long-moved.wav');
    fs.renameSync(long, moved);

    const order: string[] = [];
    const relinking = settle(h.call('media.relink', { scorecardId, path: moved })).finally(() => order.push('relink'));
    const attached = await h.call('media.attach', { scorecardId, path: other });
    order.push('attach');
    expect(attached.recording?.path).toBe(other);

    const relinked = await relinking;
    expect(order).toEqual(['attach', 'relink']);
    expect(relinked.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('changed while') });
    expect((await h.call('media.get', { scorecardId })).recording?.path).toBe(other);
  });

  it('of a draft discarded meanwhile fails with not_found, not a database error', async () => {
    const file = soxWav(media, 'call.wav', pcm, 60);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    const moved = path.join(media, 'moved.wav');
    fs.renameSync(file, moved);

    const relinking = settle(h.call('media.relink', { scorecardId, path: moved }));
    await h.call('reviews.discardDraft', { scorecardId });
    const { error } = await relinking;
    expect(error).toMatchObject({ name: 'ApiError', code: 'not_found' });
    expect(String((error as Error).message)).not.toMatch(/FOREIGN KEY/i);
    expect((h.service.context.db.prepare('SELECT COUNT(*) AS n FROM recordings').get() as { n: number }).n).toBe(0);
  });

  it('to different content, detached meanwhile, fails with a conflict and attaches nothing', async () => {
    const file = soxWav(media, 'call.wav', pcm, 2);
    const other = soxWav(media, 'other.wav', pcm, 60);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });

    const relinking = settle(h.call('media.relink', { scorecardId, path: other, acceptChanged: true }));
    await h.call('media.detach', { scorecardId });
    const { error } = await relinking;
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('changed while') });
    expect((await h.call('media.get', { scorecardId })).status).toBe('none');
  });
});

describe('two attaches at once', () => {
  it('the one that finishes second fails instead of silently replacing the first', async () => {
    const long = soxWav(media, 'long.wav', pcm, 900);
    const short = soxWav(media, 'short.wav', pcm, 1);
    const { scorecardId } = await h.newReview();

    const slow = settle(h.call('media.attach', { scorecardId, path: long }));
    const fast = await h.call('media.attach', { scorecardId, path: short });
    expect(fast.recording?.path).toBe(short);
    expect((await slow).error).toMatchObject({ code: 'conflict', message: expect.stringContaining('changed while') });
    expect((await h.call('media.get', { scorecardId })).recording?.path).toBe(short);
  });
});
