import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { soxWav } from './support/audio';
import { completeReview } from './support/complete';
import { startHarness, type Harness } from './support/review';

/**
 * A recording belongs to the interaction, not to one revision: a later
 * revision's draft must not change what an earlier, completed revision was
 * scored against (reviews.discardDraft restores answers and notes, not the
 * recording, and exports read the interaction's recording).
 */
let h: Harness;
let media: string;

beforeEach(async () => {
  h = await startHarness();
  media = path.join(h.dir, 'recordings');
  fs.mkdirSync(media);
});
afterEach(() => h.close());

const LOCKED = expect.stringContaining('The recording of a review that was completed once cannot be changed');

async function revisedReview(withRecording: string | null) {
  const review = await h.newReview();
  if (withRecording) await h.call('media.attach', { scorecardId: review.scorecardId, path: withRecording });
  await completeReview(h, review.scorecardId, review.elementIds);
  await h.call('reviews.revise', { scorecardId: review.scorecardId, reason: 'agent disputed item 3' });
  return review;
}

describe('the recording of a revision draft (revision 2 and later)', () => {
  it('cannot be detached, and discarding the draft leaves revision 1 with its recording', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await revisedReview(file);
    await expect(h.call('media.detach', { scorecardId })).rejects.toMatchObject({ code: 'read_only', message: LOCKED });
    await h.call('reviews.discardDraft', { scorecardId });
    const state = await h.call('media.get', { scorecardId });
    expect(state).toMatchObject({ readOnly: true, status: 'ok', recording: { path: file } });
  });

  it('cannot be replaced by attaching another file', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const other = soxWav(media, 'other.wav', ['-e', 'u-law']);
    const { scorecardId } = await revisedReview(file);
    await expect(h.call('media.attach', { scorecardId, path: other })).rejects.toMatchObject({ code: 'read_only', message: LOCKED });
    expect((await h.call('media.get', { scorecardId })).recording?.path).toBe(file);
  });

  it('cannot be added when the completed revision had none', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await revisedReview(null);
    await expect(h.call('media.attach', { scorecardId, path: file })).rejects.toMatchObject({ code: 'read_only', message: LOCKED });
    await h.call('reviews.discardDraft', { scorecardId });
    expect((await h.call('media.get', { scorecardId })).status).toBe('none');
  });

  it('cannot be re-linked to different content, even when accepted, and no "use it anyway" is offered', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16'], 3);
    const other = soxWav(media, 'other.wav', ['-e', 'signed-integer', '-b', '16'], 2);
    const { scorecardId } = await revisedReview(file);
    await expect(h.call('media.relink', { scorecardId, path: other, acceptChanged: true })).rejects.toMatchObject({ code: 'read_only', message: LOCKED });
    // Without acceptChanged the answer is the same refusal, not the "changed" conflict the page would offer to override.
    const refused = await h.call('media.relink', { scorecardId, path: other }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'read_only', message: LOCKED });
    expect((refused as { details?: unknown }).details).toBeUndefined();
    expect((await h.call('media.get', { scorecardId })).recording?.path).toBe(file);
  });

  it('can still be re-linked to the same content at a new path, and that survives a discard', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const { scorecardId } = await revisedReview(file);
    const moved = path.join(media, 'moved.wav');
    fs.renameSync(file, moved);
    expect(await h.call('media.relink', { scorecardId, path: moved })).toMatchObject({ status: 'ok', readOnly: false, recording: { path: moved } });
    await h.call('reviews.discardDraft', { scorecardId });
    expect(await h.call('media.get', { scorecardId })).toMatchObject({ status: 'ok', readOnly: true, recording: { path: moved } });
  });

  it('a first draft still attaches, replaces and detaches freely', async () => {
    const file = soxWav(media, 'call.wav', ['-e', 'signed-integer', '-b', '16']);
    const other = soxWav(media, 'other.wav', ['-e', 'u-law']);
    const { scorecardId } = await h.newReview();
    await h.call('media.attach', { scorecardId, path: file });
    expect((await h.call('media.relink', { scorecardId, path: other, acceptChanged: true })).recording?.path).toBe(other);
    expect((await h.call('media.detach', { scorecardId })).status).toBe('none');
  });
});
