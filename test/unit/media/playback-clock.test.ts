import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { shownSeconds } from '../../../shared/media/clock';
import { MAX_MEDIA_SECONDS } from '../../../shared/schemas/media';
import { soxWav } from './support/audio';
import { completeReview } from './support/complete';
import { startHarness, type Harness } from './support/review';

/** A clock the test moves by hand: the backend's `now()` reads it. */
function manualClock(start = '2026-11-20T10:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (seconds: number) => (t += seconds * 1000) };
}

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('playback position and speed', () => {
  it('start at the beginning at normal speed, and are returned by media.get after a save', async () => {
    const clock = manualClock();
    h = await startHarness({ clock: clock.now });
    const { scorecardId } = await h.newReview();
    expect((await h.call('media.get', { scorecardId })).playback).toEqual({ positionSeconds: 0, speed: 1, updatedAt: null });
    const saved = await h.call('media.savePlayback', { scorecardId, positionSeconds: 125.4, speed: 1.5 });
    expect(saved).toEqual({ positionSeconds: 125.4, speed: 1.5, updatedAt: '2026-11-20T10:00:00.000Z' });
    expect((await h.call('media.get', { scorecardId })).playback).toEqual(saved);
  });

  it('survive closing and reopening the app (reopening resumes)', async () => {
    h = await startHarness();
    const { scorecardId } = await h.newReview();
    await h.call('media.savePlayback', { scorecardId, positionSeconds: 61, speed: 0.75 });
    const dir = h.dir;
    await h.close();
    h = await startHarness({ dir });
    expect((await h.call('media.get', { scorecardId })).playback).toMatchObject({ positionSeconds: 61, speed: 0.75 });
  });

  it('save past a day into a long recording, up to the seven-day cap', async () => {
    h = await startHarness();
    const { scorecardId } = await h.newReview();
    expect((await h.call('media.savePlayback', { scorecardId, positionSeconds: 30 * 3600, speed: 1 })).positionSeconds).toBe(30 * 3600);
    await expect(h.call('media.savePlayback', { scorecardId, positionSeconds: MAX_MEDIA_SECONDS + 1, speed: 1 })).rejects.toThrow(/at most 7 days/);
    await expect(h.call('media.savePlayback', { scorecardId, positionSeconds: Infinity, speed: 1 })).rejects.toThrow();
  });

  it('refuse speeds outside 0.5× to 2×', async () => {
    h = await startHarness();
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.savePlayback', { scorecardId, positionSeconds: 1, speed: 2.5 })).rejects.toThrow(/at most 2/);
    await expect(h.call('media.savePlayback', { scorecardId, positionSeconds: 1, speed: 0.25 })).rejects.toThrow(/at least 0.5/);
  });

  it('still save on a completed scorecard (listening again is not editing)', async () => {
    h = await startHarness();
    const { scorecardId, elementIds } = await h.newReview();
    await completeReview(h, scorecardId, elementIds);
    expect((await h.call('media.savePlayback', { scorecardId, positionSeconds: 3, speed: 2 })).positionSeconds).toBe(3);
  });
});

describe('live review clock', () => {
  it('starts, pauses and resumes, counting only running time', async () => {
    const clock = manualClock();
    h = await startHarness({ clock: clock.now });
    const { scorecardId } = await h.newReview();
    expect(await h.call('media.clock.get', { scorecardId })).toMatchObject({ running: false, elapsedSeconds: 0 });
    await h.call('media.clock.start', { scorecardId });
    clock.advance(30);
    expect(await h.call('media.clock.get', { scorecardId })).toMatchObject({ running: true, elapsedSeconds: 30, accumulatedSeconds: 0 });
    expect(await h.call('media.clock.pause', { scorecardId })).toMatchObject({ running: false, elapsedSeconds: 30, runningSince: null });
    clock.advance(600);
    await h.call('media.clock.start', { scorecardId });
    clock.advance(15);
    expect((await h.call('media.get', { scorecardId })).clock).toMatchObject({ running: true, elapsedSeconds: 45, accumulatedSeconds: 30 });
  });

  it('keeps running through a crash: a new backend on the same file reads it still running', async () => {
    const clock = manualClock();
    h = await startHarness({ clock: clock.now });
    const { scorecardId } = await h.newReview();
    await h.call('media.clock.start', { scorecardId });
    clock.advance(20);
    // No pause: as if the process died (closing writes nothing about the clock; the data folder lock wants it
    // closed before a second backend opens the same file).
    const { dir } = h;
    await h.close();
    h = await startHarness({ dir, clock: clock.now });
    clock.advance(10);
    expect(await h.call('media.clock.get', { scorecardId })).toMatchObject({ running: true, elapsedSeconds: 30 });
  });

  it('left running for more than a day still gives notes a time, and stops at the seven-day cap', async () => {
    const clock = manualClock();
    h = await startHarness({ clock: clock.now });
    const { scorecardId, elementIds } = await h.newReview();
    await h.call('media.clock.start', { scorecardId });
    clock.advance(25 * 3600);
    const day = await h.call('media.clock.get', { scorecardId });
    expect(day.elapsedSeconds).toBe(25 * 3600);
    expect((await h.call('media.notes.add', { scorecardId, atSeconds: shownSeconds(day, Date.parse(day.at)), text: 'still on the line' })).atSeconds).toBe(25 * 3600);
    clock.advance(10 * 24 * 3600);
    const week = await h.call('media.clock.get', { scorecardId });
    expect(week).toMatchObject({ running: true, elapsedSeconds: MAX_MEDIA_SECONDS });
    // What the page shows (and stamps a note with) stops at the cap too, so the note is accepted.
    const shown = shownSeconds(week, Date.parse(week.at) + 3600_000);
    expect(shown).toBe(MAX_MEDIA_SECONDS);
    expect((await h.call('media.notes.add', { scorecardId, atSeconds: shown, text: 'forgot the clock' })).atSeconds).toBe(MAX_MEDIA_SECONDS);
    await expect(h.call('media.notes.add', { scorecardId, atSeconds: MAX_MEDIA_SECONDS + 1 })).rejects.toThrow(/at most 7 days/);
    // The interaction's duration field holds at most a day.
    await completeReview(h, scorecardId, elementIds);
    expect((await h.call('reviews.get', { id: scorecardId })).interaction.durationSeconds).toBe(24 * 3600);
  });

  it('gives the interaction its duration on completion, and stops', async () => {
    const clock = manualClock();
    h = await startHarness({ clock: clock.now });
    const { scorecardId, elementIds } = await h.newReview();
    await h.call('media.clock.start', { scorecardId });
    clock.advance(125.6);
    await completeReview(h, scorecardId, elementIds);
    const detail = await h.call('reviews.get', { id: scorecardId });
    expect(detail.interaction.durationSeconds).toBe(126);
    clock.advance(100);
    expect(await h.call('media.clock.get', { scorecardId })).toMatchObject({ running: false, elapsedSeconds: 125.6 });
    await expect(h.call('media.clock.start', { scorecardId })).rejects.toMatchObject({ code: 'read_only' });
  });

  it('leaves the duration alone when the clock never ran', async () => {
    h = await startHarness();
    const { scorecardId, elementIds } = await h.newReview();
    await completeReview(h, scorecardId, elementIds);
    expect((await h.call('reviews.get', { id: scorecardId })).interaction.durationSeconds).toBeNull();
  });

  it('with a recording, the recording’s length fills a duration nobody entered', async () => {
    h = await startHarness();
    const media = path.join(h.dir, 'rec');
    fs.mkdirSync(media);
    const { scorecardId, elementIds } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: soxWav(media, 'call.wav', ['-e', 'u-law'], 7) });
    await completeReview(h, scorecardId, elementIds);
    expect((await h.call('reviews.get', { id: scorecardId })).interaction.durationSeconds).toBe(7);
  });

  it('runs per scorecard', async () => {
    const clock = manualClock();
    h = await startHarness({ clock: clock.now });
    const a = await h.newReview();
    const b = await h.newReview();
    await h.call('media.clock.start', { scorecardId: a.scorecardId });
    clock.advance(5);
    expect((await h.call('media.clock.get', { scorecardId: b.scorecardId })).elapsedSeconds).toBe(0);
  });
});
