import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyExport, verifyExportText } from '../../../shared/export';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { jsonSchemaErrors, publishedSchemaPath } from './support/json-schema';
import { reviewersClosedAfterEach } from './support/reviewer';
import { sha256Hex as sha256 } from '../../../electron/services/sync/export/sha256';

const reviewer = reviewersClosedAfterEach();

/** A real export with one field set to `value` (`change` makes it from the old one) and hashed again, as a careless or hostile writer would. */
async function exportWith(field: string, change: (old: unknown) => unknown): Promise<Record<string, unknown>> {
  const r = await reviewer();
  const [id] = await r.complete(1, 6);
  const { contentHash: _, signature: __, ...doc } = JSON.parse(canonicalJson(await r.call('sync.exportPreview', { scorecardId: id! }))) as Record<string, unknown>;
  const parts = field.split('.');
  const last = parts.pop()!;
  const holder = parts.reduce((at, part) => (at as Record<string, unknown>)[part], doc as unknown) as Record<string, unknown>;
  holder[last] = change(holder[last]);
  return { ...doc, contentHash: sha256(canonicalJson(doc)) };
}

const to = (value: unknown) => () => value;
const upper = (old: unknown) => String(old).toUpperCase();

/** Refused by zod (naming the field) and by a JSON-Schema validator over the published schema alike. */
function expectRefused(doc: Record<string, unknown>, field: string) {
  expect(verifyExport(doc, sha256)).toMatchObject({ ok: false, reason: 'wrong_schema', message: expect.stringContaining(field) });
  expect(jsonSchemaErrors(doc)).toContain(field.replace(/\./g, '/'));
}

describe('the export schema, tightened', () => {
  it('takes exact fractions only as integers in decimal with a positive denominator', async () => {
    expectRefused(await exportWith('score.overall.exact.numerator', to('7.5')), 'score.overall.exact.numerator');
    expectRefused(await exportWith('score.overall.exact.numerator', to('1e3')), 'score.overall.exact.numerator');
    expectRefused(await exportWith('score.overall.exact.denominator', to('0')), 'score.overall.exact.denominator');
    expectRefused(await exportWith('score.sections.0.earnedPoints.denominator', to('-4')), 'score.sections.0.earnedPoints.denominator');
    expectRefused(await exportWith('score.sections.1.possiblePoints.numerator', to(' 5')), 'score.sections.1.possiblePoints.numerator');
  });

  it('says the format version is an integer, and refuses one that is not', async () => {
    const published = JSON.parse(fs.readFileSync(publishedSchemaPath, 'utf8')) as { properties: { formatVersion: unknown } };
    expect(published.properties.formatVersion).toEqual({ type: 'integer', enum: [1, 2], description: '1 or 2; version 2 carries `feedback`.' });
    const half = await exportWith('formatVersion', to(1.5));
    expect(verifyExport(half, sha256)).toMatchObject({ ok: false, reason: 'wrong_schema', message: expect.stringContaining('formatVersion') });
    expect(verifyExport(await exportWith('formatVersion', to('1')), sha256)).toMatchObject({ ok: false, reason: 'wrong_schema' });
  });

  it('wants the ids of the file-name rule in lower case', async () => {
    expectRefused(await exportWith('scorecardId', upper), 'scorecardId');
    expectRefused(await exportWith('origin.installId', upper), 'origin.installId');
  });

  it('still reads every document an earlier Callmark wrote', () => {
    const month = path.join(import.meta.dirname, 'fixtures', 'written-by-0.1.0', 'share', 'scorecards', '2026', '11');
    const documents = fs.readdirSync(month).filter((name) => /^[0-9a-f-]{36}\.r\d+\.json$/.test(name));
    expect(documents).toHaveLength(4);
    for (const name of documents) {
      const text = fs.readFileSync(path.join(month, name), 'utf8');
      expect(verifyExportText(text, sha256), name).toMatchObject({ ok: true });
      expect(jsonSchemaErrors(JSON.parse(text)), name).toBeNull();
    }
  });
});

describe('why a file was refused', () => {
  it('never quotes the file: not what JSON.parse saw, not the format it names, not its own field names', () => {
    const secret = 'root:x:0:0:root:/root:/bin/bash';
    for (const text of [secret, `{"secret": "${secret}"`, `{"format": "${secret}"}`, '']) {
      const result = verifyExportText(text, sha256);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toMatch(/root|secret/);
    }
  });
});
