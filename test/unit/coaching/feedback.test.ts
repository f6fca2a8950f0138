import { describe, expect, it } from 'vitest';
import { verifyExport, type ScorecardExport } from '../../../shared/export';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { answerAll, draftReview, servicesClosedAfterEach } from '../../support/service';
import { parseCsv } from '../csv/parse-csv';
import { jsonSchemaErrors } from '../sync/support/json-schema';
import { sha256Hex as sha256 } from '../../../electron/services/sync/export/sha256';

const open = servicesClosedAfterEach();

async function completedWithFeedback() {
  const s = open();
  const { detail } = await draftReview(s);
  const id = detail.scorecard.id;
  const elementIds = detail.template.content.sections.flatMap((sec) => sec.elements.map((e) => e.id));
  await answerAll(s, id, elementIds, 3);
  await s.call('reviews.setFeedback', { scorecardId: id, field: 'wentWell', text: 'Warm, clear greeting.' });
  await s.call('reviews.setFeedback', { scorecardId: id, field: 'workOn', text: 'Give the team’s name, "always".' });
  await s.call('reviews.complete', { scorecardId: id });
  return { s, id };
}

/** A document rehashed after a change, as another writer would have hashed it. */
function rehashed(doc: Record<string, unknown>): Record<string, unknown> {
  const { contentHash: _, ...rest } = doc;
  return { ...rest, contentHash: sha256(canonicalJson(rest)) };
}

describe('overall feedback on a scorecard', () => {
  it('is saved like a comment, field by field, and comes back with the scorecard', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    expect(detail.feedback).toEqual({ wentWell: '', workOn: '' });
    const saved = await s.call('reviews.setFeedback', { scorecardId: detail.scorecard.id, field: 'workOn', text: 'Offer the survey.' });
    expect(saved.score.provisional).toBe(true);
    await s.call('reviews.setFeedback', { scorecardId: detail.scorecard.id, field: 'wentWell', text: 'Calm with an upset caller.' });
    await s.call('reviews.setFeedback', { scorecardId: detail.scorecard.id, field: 'workOn', text: 'Offer the survey at the close.' });
    expect((await s.call('reviews.get', { id: detail.scorecard.id })).feedback).toEqual({ wentWell: 'Calm with an upset caller.', workOn: 'Offer the survey at the close.' });
  });

  it('is locked with the scorecard, kept in each revision of its history, and put back when a revision is discarded', async () => {
    const { s, id } = await completedWithFeedback();
    const refused = await s.refuse('reviews.setFeedback', { scorecardId: id, field: 'wentWell', text: 'changed after completion' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
    // The database itself refuses it too, whichever code path tried.
    expect(() => s.service.context.db.prepare("UPDATE scorecard_feedback SET went_well = 'x' WHERE scorecard_id = ?").run(id)).toThrow(/read-only/);

    await s.call('reviews.revise', { scorecardId: id, reason: 'Heard the close again' });
    await s.call('reviews.setFeedback', { scorecardId: id, field: 'workOn', text: 'Offer the survey.' });
    await s.call('reviews.complete', { scorecardId: id });
    const history = await s.call('reviews.history', { scorecardId: id });
    expect(history.map((r) => r.feedback)).toEqual([
      { wentWell: 'Warm, clear greeting.', workOn: 'Give the team’s name, "always".' },
      { wentWell: 'Warm, clear greeting.', workOn: 'Offer the survey.' },
    ]);

    await s.call('reviews.revise', { scorecardId: id, reason: 'Second thoughts' });
    await s.call('reviews.setFeedback', { scorecardId: id, field: 'wentWell', text: 'to be thrown away' });
    await s.call('reviews.discardDraft', { scorecardId: id });
    expect((await s.call('reviews.get', { id })).feedback).toEqual({ wentWell: 'Warm, clear greeting.', workOn: 'Offer the survey.' });
  });

  it('travels in the export as format version 2, valid against zod and the published JSON Schema', async () => {
    const { s, id } = await completedWithFeedback();
    const doc = await s.call('sync.exportPreview', { scorecardId: id });
    expect(doc.formatVersion).toBe(2);
    expect(doc.feedback).toEqual({ wentWell: 'Warm, clear greeting.', workOn: 'Give the team’s name, "always".' });
    expect(verifyExport(JSON.parse(canonicalJson(doc)), sha256)).toMatchObject({ ok: true });
    expect(jsonSchemaErrors(doc)).toBeNull();
  });

  it('reads version 1 documents (no feedback), and refuses a version 2 document without it, naming the field', async () => {
    const { s, id } = await completedWithFeedback();
    const { feedback: _, ...doc } = (await s.call('sync.exportPreview', { scorecardId: id })) as ScorecardExport;
    const older = rehashed({ ...doc, formatVersion: 1 });
    expect(verifyExport(older, sha256)).toMatchObject({ ok: true, document: { formatVersion: 1 } });
    expect(jsonSchemaErrors(older)).toBeNull();
    expect(verifyExport(rehashed({ ...doc, formatVersion: 2 }), sha256)).toMatchObject({ ok: false, reason: 'wrong_schema', message: expect.stringContaining('feedback') });
  });

  it('is in the CSV, in the last two columns of every kind', async () => {
    const { s } = await completedWithFeedback();
    for (const kind of ['scorecards', 'sections', 'answers'] as const) {
      const chunk = await s.call('export.csv', { kind, limit: 100 });
      const [header, first] = parseCsv(chunk.text.slice(1));
      expect(header!.slice(-2)).toEqual(['went_well', 'work_on']);
      expect(first!.slice(-2)).toEqual(['Warm, clear greeting.', 'Give the team’s name, "always".']);
    }
  });
});
