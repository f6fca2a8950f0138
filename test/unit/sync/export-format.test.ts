import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScorecardExport, buildExport, verifyExport, verifyExportText } from '../../../shared/export';
import { exportJsonSchemaText } from '../../../shared/export/json-schema';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { tempFolder } from '../../support/service';
import { jsonSchemaErrors, publishedSchemaPath } from './support/json-schema';
import { reviewersClosedAfterEach } from './support/reviewer';
import { writeWav } from './support/wav';
import { sha256Hex as sha256 } from '../../../electron/services/sync/export/sha256';

const reviewer = reviewersClosedAfterEach();

/** Both validators an outside reader might use: ours (zod) and a JSON-Schema validator over the published file. */
function expectValidExport(document: unknown) {
  expect(ScorecardExport.safeParse(document).success).toBe(true);
  expect(jsonSchemaErrors(document)).toBeNull();
}

describe('the export document', () => {
  it('carries everything an outside reader needs, validated by zod and by the published JSON Schema', async () => {
    const r = await reviewer();
    const [id] = await r.complete(1, 6);
    const doc = await r.call('sync.exportPreview', { scorecardId: id! });
    expectValidExport(doc);
    const detail = await r.call('reviews.get', { id: id! });

    expect(doc).toMatchObject({
      format: 'callmark.scorecard',
      formatVersion: 2,
      scorecardId: id,
      revision: 1,
      revisionReason: null,
      completedAt: detail.scorecard.completedAt,
      reviewer: { id: detail.scorecard.reviewerId, name: 'Rita Reviewer' },
      agent: { id: r.agentId, name: 'Agent of Rita Reviewer', team: 'North' },
      interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', reference: 'CALL-0', durationSeconds: null, recording: null },
      template: { id: detail.template.templateId, versionId: detail.template.id, version: 1, contentHash: detail.template.contentHash },
      notes: [],
      feedback: { wentWell: '', workOn: '' },
      origin: { application: 'Callmark' },
    });
    // The whole template version travels with the scorecard, so element ids can be read without Callmark.
    expect(doc.template.content).toEqual(detail.template.content);
    expect(doc.answers).toHaveLength(20);
    expect(doc.answers[0]).toEqual({ elementId: 'welcome-1', sectionId: 'welcome', value: 'not_met', comment: '' });
    expect(doc.answers.map((a) => a.elementId)).toEqual(detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id)));
    // SCORING.md rule 6: exact fraction, full-precision value and the rounded one.
    expect(doc.score.overall).toEqual({ exact: { numerator: '70', denominator: '1' }, value: 70, rounded: 70 });
    expect(doc.score).toMatchObject({ bandLabel: 'Meets expectations', meetsTarget: true, automaticFail: false, automaticFailElementIds: [] });
    expect(doc.score.sections.map((s) => s.sectionId)).toEqual(['welcome', 'customer-interaction', 'technical-knowledge', 'close']);
    expect(doc.score.sections[0]).toMatchObject({ earnedPoints: { numerator: '0', denominator: '1' }, possiblePoints: { numerator: '5', denominator: '1' } });
  });

  it('hashes its own content: the hash is the SHA-256 of the canonical JSON without the hash field', async () => {
    const r = await reviewer();
    const [id] = await r.complete();
    const doc = await r.call('sync.exportPreview', { scorecardId: id! });
    const { contentHash, ...rest } = doc;
    expect(contentHash).toBe(sha256(canonicalJson(rest)));
    expect(verifyExport(JSON.parse(canonicalJson(doc)), sha256)).toMatchObject({ ok: true });
  });

  it("leaves the customer's name out unless the sync setting allows it", async () => {
    const r = await reviewer();
    const [before] = await r.complete();
    expect((await r.call('sync.exportPreview', { scorecardId: before! })).interaction).not.toHaveProperty('customerName');
    expect(await r.call('sync.settings.get', {})).toMatchObject({ includeCustomerName: false });

    await r.call('sync.settings.set', { includeCustomerName: true });
    // Changing another setting leaves this one as it is.
    expect(await r.call('sync.settings.set', { importEveryMinutes: 0 })).toEqual({ includeCustomerName: true, importEveryMinutes: 0 });
    const [after] = await r.complete();
    const doc = await r.call('sync.exportPreview', { scorecardId: after! });
    expect(doc.interaction.customerName).toBe('Carol Customer');
    expectValidExport(doc);
  });

  it("carries the timestamped notes and the recording's name, hash and size, never its audio or where it is on disk", async () => {
    const r = await reviewer();
    const dir = tempFolder('callmark-rec-');
    const wav = writeWav(dir, 'call 0042.wav');
    const draft = await r.call('reviews.create', {
      agentId: r.agentId,
      templateVersionId: (await r.call('templates.list', {}))[0]!.latestVersionId,
      interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z' },
    });
    const scorecardId = draft.scorecard.id;
    await r.call('media.attach', { scorecardId, path: wav });
    await r.call('media.notes.add', { scorecardId, atSeconds: 12.5, elementId: 'welcome-2', text: 'Name given late' });
    await r.call('media.notes.add', { scorecardId, atSeconds: 3, elementId: null, text: 'Noisy line' });
    for (const e of draft.template.content.sections.flatMap((s) => s.elements)) await r.call('reviews.setAnswer', { scorecardId, elementId: e.id, value: 'met' });
    await r.call('reviews.complete', { scorecardId });

    const doc = await r.call('sync.exportPreview', { scorecardId });
    expectValidExport(doc);
    const bytes = fs.readFileSync(wav);
    expect(doc.interaction.recording).toEqual({ fileName: 'call 0042.wav', sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length });
    expect(doc.notes.map((n) => [n.atSeconds, n.elementId, n.text])).toEqual([
      [3, null, 'Noisy line'],
      [12.5, 'welcome-2', 'Name given late'],
    ]);
    expect(JSON.stringify(doc)).not.toContain(dir);
  });

  it('gives the same bytes for the same revision every time it is built', async () => {
    const r = await reviewer();
    const [id] = await r.complete();
    const detail = await r.call('reviews.get', { id: id! });
    const settings = { includeCustomerName: false, appVersion: '0.1.0', installId: '9d9f0c2a-3b4c-4d5e-8f60-718293a4b5c6' };
    const source = { ...detail, notes: [], recording: { fileName: 'C:\\Users\\rita\\calls\\a.wav', sha256: 'a'.repeat(64), sizeBytes: 10 } };
    const one = buildExport(source, settings, sha256);
    const two = buildExport({ ...source, answers: [...detail.answers].reverse() }, settings, sha256);
    expect(two.body).toBe(one.body);
    expect(one.document.interaction.recording?.fileName).toBe('a.wav');
    expect(() => buildExport({ ...source, scorecard: { ...source.scorecard, completedAt: null } }, settings, sha256)).toThrow(/not completed/);
  });
});

describe('reading an export', () => {
  const valid = async () => {
    const r = await reviewer();
    const [id] = await r.complete();
    return JSON.parse(canonicalJson(await r.call('sync.exportPreview', { scorecardId: id! }))) as Record<string, unknown>;
  };

  it('refuses a document changed after it was exported', async () => {
    const doc = await valid();
    (doc.reviewer as { name: string }).name = 'Someone Else';
    expect(verifyExport(doc, sha256)).toMatchObject({ ok: false, reason: 'hash_mismatch' });
  });

  it('checks the hash on the file text when it is canonical, and on the parsed document when it is not', async () => {
    const doc = await valid();
    const canonical = canonicalJson(doc);
    expect(verifyExportText(canonical, sha256)).toMatchObject({ ok: true });
    expect(verifyExportText(JSON.stringify(doc, null, 2), sha256)).toMatchObject({ ok: true });
    expect(verifyExportText(canonical.replace('"Rita Reviewer"', '"Rita Reviewes"'), sha256)).toMatchObject({ ok: false, reason: 'hash_mismatch' });
    expect(verifyExportText(canonical.slice(0, 500), sha256)).toMatchObject({ ok: false, reason: 'not_json', message: expect.stringContaining('not complete JSON') });
  });

  it('refuses other formats, newer versions and documents that break the schema, saying which', async () => {
    const doc = await valid();
    expect(verifyExport({ ...doc, format: 'other' }, sha256)).toMatchObject({ ok: false, reason: 'wrong_format' });
    expect(verifyExport([doc], sha256)).toMatchObject({ ok: false, reason: 'wrong_format' });
    expect(verifyExport({ ...doc, formatVersion: 3 }, sha256)).toMatchObject({ ok: false, reason: 'newer_format', message: expect.stringContaining('newer Callmark') });
    const broken = verifyExport({ ...doc, revision: 0 }, sha256);
    expect(broken).toMatchObject({ ok: false, reason: 'wrong_schema', message: expect.stringContaining('revision') });
    expect(jsonSchemaErrors({ ...doc, revision: 0 })).toContain('revision');
  });

  it('accepts fields it does not know (a newer minor change), in zod and in the published schema', async () => {
    const doc: Record<string, unknown> = { ...(await valid()), futureField: { x: 1 } };
    const { contentHash: _, ...rest } = doc;
    const rehashed = { ...rest, contentHash: sha256(canonicalJson(rest)) };
    expect(verifyExport(rehashed, sha256)).toMatchObject({ ok: true });
    expect(jsonSchemaErrors(rehashed)).toBeNull();
  });
});

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates (run: npx tsx scripts/generate-export-schema.ts)', () => {
    expect(fs.readFileSync(publishedSchemaPath, 'utf8')).toBe(exportJsonSchemaText());
    expect(path.basename(publishedSchemaPath)).toBe('scorecard-export.schema.json');
  });
});
