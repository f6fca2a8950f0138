import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeReview } from './support/complete';
import { startHarness, type Harness } from './support/review';

let h: Harness;
let now = Date.parse('2026-11-20T10:00:00.000Z');
const tick = () => new Date((now += 1000));
const refusal = (call: Promise<unknown>): Promise<Error> =>
  call.then(
    () => {
      throw new Error('the call was expected to be refused');
    },
    (error: unknown) => error as Error,
  );

beforeEach(async () => {
  h = await startHarness({ clock: tick });
});
afterEach(() => h.close());

describe('timestamped notes', () => {
  it('are listed in time order whatever order they were dropped in', async () => {
    const { scorecardId, elementIds } = await h.newReview();
    await h.call('media.notes.add', { scorecardId, atSeconds: 42.5, elementId: elementIds[3], text: 'no hold warning' });
    await h.call('media.notes.add', { scorecardId, atSeconds: 3, text: 'greeting was warm' });
    await h.call('media.notes.add', { scorecardId, atSeconds: 42.5, elementId: null, text: 'same moment, later note' });
    const notes = await h.call('media.notes.list', { scorecardId });
    expect(notes.map((n) => [n.atSeconds, n.text])).toEqual([
      [3, 'greeting was warm'],
      [42.5, 'no hold warning'],
      [42.5, 'same moment, later note'],
    ]);
    expect(notes[1]).toMatchObject({ scorecardId, elementId: elementIds[3] });
    expect(notes[0]?.elementId).toBeNull();
  });

  it('can be dropped empty by one key press and typed afterwards', async () => {
    const { scorecardId } = await h.newReview();
    const note = await h.call('media.notes.add', { scorecardId, atSeconds: 10 });
    expect(note.text).toBe('');
    const typed = await h.call('media.notes.update', { id: note.id, text: 'asked for the account number twice' });
    expect(typed).toMatchObject({ id: note.id, atSeconds: 10, text: 'asked for the account number twice', createdAt: note.createdAt });
    expect(typed.updatedAt > note.updatedAt).toBe(true);
  });

  it('can be moved in time, re-tied to another element or to the whole review, and deleted', async () => {
    const { scorecardId, elementIds } = await h.newReview();
    const note = await h.call('media.notes.add', { scorecardId, atSeconds: 10, elementId: elementIds[0], text: 'x' });
    expect(await h.call('media.notes.update', { id: note.id, atSeconds: 12, elementId: elementIds[1] })).toMatchObject({ atSeconds: 12, elementId: elementIds[1], text: 'x' });
    expect(await h.call('media.notes.update', { id: note.id, elementId: null })).toMatchObject({ elementId: null });
    expect(await h.call('media.notes.delete', { id: note.id })).toEqual({ deleted: true });
    expect(await h.call('media.notes.list', { scorecardId })).toEqual([]);
    await expect(h.call('media.notes.delete', { id: note.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('must name an element of this scorecard’s template', async () => {
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.notes.add', { scorecardId, atSeconds: 1, elementId: 'no-such-element', text: 'x' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('no-such-element'),
    });
    const note = await h.call('media.notes.add', { scorecardId, atSeconds: 1, text: 'x' });
    await expect(h.call('media.notes.update', { id: note.id, elementId: 'nope' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('validates times and length at the boundary', async () => {
    const { scorecardId } = await h.newReview();
    await expect(h.call('media.notes.add', { scorecardId, atSeconds: -1, text: 'x' })).rejects.toThrow();
    await expect(h.call('media.notes.add', { scorecardId, atSeconds: 1, text: 'x'.repeat(5001) })).rejects.toThrow(/5000/);
    const note = await h.call('media.notes.add', { scorecardId, atSeconds: 1, text: 'x' });
    await expect(h.call('media.notes.update', { id: note.id })).rejects.toThrow(/nothing to change/);
  });

  it('name an element by a template key of at most 64 characters, never echoing a longer one back', async () => {
    const { scorecardId, elementIds } = await h.newReview();
    const long = 'x'.repeat(100_000);
    const added = await refusal(h.call('media.notes.add', { scorecardId, atSeconds: 1, elementId: long }));
    expect(added.message).toMatch(/64/);
    expect(added.message.length).toBeLessThan(500);
    const note = await h.call('media.notes.add', { scorecardId, atSeconds: 1, elementId: elementIds[0] });
    const updated = await refusal(h.call('media.notes.update', { id: note.id, elementId: 'y'.repeat(65) }));
    expect(updated.message).not.toContain('y'.repeat(65));
    // 64 is a key's length: an unknown one is refused by name.
    await expect(h.call('media.notes.add', { scorecardId, atSeconds: 1, elementId: 'z'.repeat(64) })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('are read-only once the scorecard is completed, and still listed', async () => {
    const { scorecardId, elementIds } = await h.newReview();
    const note = await h.call('media.notes.add', { scorecardId, atSeconds: 5, text: 'kept' });
    await completeReview(h, scorecardId, elementIds);
    await expect(h.call('media.notes.add', { scorecardId, atSeconds: 6, text: 'late' })).rejects.toMatchObject({ code: 'read_only' });
    await expect(h.call('media.notes.update', { id: note.id, text: 'edited' })).rejects.toMatchObject({ code: 'read_only' });
    await expect(h.call('media.notes.delete', { id: note.id })).rejects.toMatchObject({ code: 'read_only' });
    expect((await h.call('media.notes.list', { scorecardId })).map((n) => n.text)).toEqual(['kept']);
  });

  it('are locked by the database itself once completed, whatever code runs', async () => {
    const { scorecardId, elementIds } = await h.newReview();
    const note = await h.call('media.notes.add', { scorecardId, atSeconds: 5, text: 'kept' });
    await completeReview(h, scorecardId, elementIds);
    const db = h.service.context.db;
    const at = new Date().toISOString();
    expect(() =>
      db.prepare(`INSERT INTO notes (id, scorecard_id, element_id, at_seconds, text, created_at, updated_at) VALUES (?, ?, NULL, 1, 'x', ?, ?)`).run(crypto.randomUUID(), scorecardId, at, at),
    ).toThrow(/read-only/);
    expect(() => db.prepare(`UPDATE notes SET text = 'edited' WHERE id = ?`).run(note.id)).toThrow(/read-only/);
    expect(() => db.prepare('DELETE FROM notes WHERE id = ?').run(note.id)).toThrow(/read-only/);
  });

  it('of another scorecard cannot be moved onto a completed one', async () => {
    const done = await h.newReview();
    await completeReview(h, done.scorecardId, done.elementIds);
    const draft = await h.newReview();
    const note = await h.call('media.notes.add', { scorecardId: draft.scorecardId, atSeconds: 1, text: 'x' });
    expect(() => h.service.context.db.prepare('UPDATE notes SET scorecard_id = ? WHERE id = ?').run(done.scorecardId, note.id)).toThrow(/read-only/);
  });

  it('refer to a scorecard that exists', async () => {
    await expect(h.call('media.notes.add', { scorecardId: crypto.randomUUID(), atSeconds: 1, text: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(h.call('media.notes.list', { scorecardId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('notes and revisions', () => {
  it('each completed revision keeps its notes, and discarding a later draft brings them back', async () => {
    const { scorecardId, elementIds } = await h.newReview();
    const first = await h.call('media.notes.add', { scorecardId, atSeconds: 5, text: 'as first completed' });
    await completeReview(h, scorecardId, elementIds);
    await h.call('reviews.revise', { scorecardId, reason: 'Agent disputed the hold' });
    await h.call('media.notes.update', { id: first.id, text: 'edited in revision 2' });
    await h.call('media.notes.add', { scorecardId, atSeconds: 9, text: 'new in revision 2' });
    expect((await h.call('media.notes.list', { scorecardId, revision: 1 })).map((n) => n.text)).toEqual(['as first completed']);
    await h.call('reviews.discardDraft', { scorecardId });
    expect(await h.call('media.notes.list', { scorecardId })).toEqual([first]);
    // Locked again with revision 1.
    await expect(h.call('media.notes.add', { scorecardId, atSeconds: 1, text: 'x' })).rejects.toMatchObject({ code: 'read_only' });
  });

  it('completing a revision keeps its own notes beside the earlier ones', async () => {
    const { scorecardId, elementIds } = await h.newReview();
    await h.call('media.notes.add', { scorecardId, atSeconds: 5, text: 'one' });
    await completeReview(h, scorecardId, elementIds);
    await h.call('reviews.revise', { scorecardId, reason: 'Second look' });
    await h.call('media.notes.add', { scorecardId, atSeconds: 2, text: 'two' });
    await h.call('reviews.complete', { scorecardId });
    expect((await h.call('media.notes.list', { scorecardId, revision: 1 })).map((n) => n.text)).toEqual(['one']);
    expect((await h.call('media.notes.list', { scorecardId, revision: 2 })).map((n) => n.text)).toEqual(['two', 'one']);
    await expect(h.call('media.notes.list', { scorecardId, revision: 3 })).rejects.toMatchObject({ code: 'not_found' });
    expect(() => h.service.context.db.prepare(`UPDATE note_revisions SET notes = '[]'`).run()).toThrow(/never change/);
  });
});
