import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_DOCUMENT_CHARS } from '../../../shared/templates/document';
import { servicesClosedAfterEach, type OpenedService } from '../../support/service';
import { reviewersClosedAfterEach } from '../sync/support/reviewer';
import { emptyShare, shareFiles } from '../sync/support/share';
import { validTemplate } from './arbitrary';
import { check, draft, scale, section } from './build';
import { plainFile, rehashed } from './support/files';
import { completeOn, publishNew, publishNext, salesCalls } from './support/service';

const open = servicesClosedAfterEach();
const reviewer = reviewersClosedAfterEach();


/** Every row that an import could have written. */
const footprint = (s: OpenedService) =>
  ['templates', 'template_versions', 'template_drafts', 'template_version_maps'].map((table) => s.service.context.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());

describe('exporting and importing template files', () => {
  it('exports a published version, and another install imports it as the same version: read-only, usable, byte-identical', async () => {
    const a = open();
    await a.call('reviewer.setName', { name: 'Quinn Lead' });
    const { templateId, version } = await publishNew(a);
    const exported = await a.call('templates.export', { versionId: version.id });
    expect(exported.fileName).toBe('sales-calls-2027-v1.callmark-template.json');
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'callmark.template', templateId, version: 1, versionId: version.id, publishedBy: 'Quinn Lead', template: { name: 'Sales calls 2027' } });

    const b = open();
    await b.call('reviewer.setName', { name: 'Sam Second' });
    expect(await b.call('templates.import', { text: exported.text })).toEqual({ outcome: 'installed', templateId, version: 1 });
    expect(await b.call('templates.import', { text: exported.text })).toEqual({ outcome: 'already', templateId, version: 1 });
    expect((await b.call('templates.export', { versionId: version.id })).text).toBe(exported.text);
    const there = await b.call('templates.get', { templateId });
    expect(there.status).toMatchObject({ source: 'share', sharedBy: 'Quinn Lead', latest: { id: version.id } });
    expect(await b.refuse('templates.startDraft', { templateId })).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('published by Quinn Lead') } });
    // Usable for scoring, under the same version id.
    const agent = await b.call('agents.create', { name: 'Bo Agent' });
    const scored = await completeOn(b, version.id, agent.id, { greet: 'met', dpa: 'met', listening: 10, empathy: 'na' });
    expect((await b.call('reviews.get', { id: scored })).template).toMatchObject({ id: version.id, contentHash: version.contentHash });
  });

  it('imports a plain file as the draft of a new template, and a changed or conflicting file not at all', async () => {
    const s = open();
    const before = footprint(s);
    const imported = await s.call('templates.import', { text: plainFile(salesCalls()) });
    expect(imported).toMatchObject({ outcome: 'draft' });
    const detail = await s.call('templates.get', { templateId: (imported as { templateId: string }).templateId });
    expect(detail).toMatchObject({ status: { name: 'Sales calls 2027', latest: null }, draft: { errors: [] } });

    const { version } = await publishNew(s);
    const text = (await s.call('templates.export', { versionId: version.id })).text;
    const tampered = text.replace('Greets the customer', 'Greets the customer warmly');
    expect(await s.call('templates.import', { text: tampered })).toMatchObject({ outcome: 'refused', reason: 'hash_mismatch' });
    const forged = rehashed({ ...JSON.parse(text), template: { ...JSON.parse(text).template, target: 10 } });
    expect(await s.call('templates.import', { text: forged })).toMatchObject({ outcome: 'refused', reason: 'conflict', message: expect.stringContaining('a published version never changes') });
    expect(footprint(s)).toEqual(before.map((n, i) => Number(n) + [2, 1, 1, 0][i]!));
  });

  it('property: any valid template survives publish → export → import elsewhere → export, byte for byte', async () => {
    const a = open();
    const b = open();
    await fc.assert(
      fc.asyncProperty(validTemplate, async (template) => {
        const { version } = await publishNew(a, template);
        const text = (await a.call('templates.export', { versionId: version.id })).text;
        expect(await b.call('templates.import', { text })).toMatchObject({ outcome: 'installed' });
        expect((await b.call('templates.export', { versionId: version.id })).text).toBe(text);
      }),
      { numRuns: 25 },
    );
  });
});

describe('bad input: each refused with the field named, nothing half-imported', () => {
  const base = salesCalls();
  const [opening, conversation] = base.sections as [(typeof base.sections)[number], (typeof base.sections)[number]];
  const cases: [string, unknown, string][] = [
    ['no sections', { ...base, sections: [] }, 'sections: a template needs at least one section'],
    ['an empty section', { ...base, sections: [opening, { ...conversation, elements: [] }] }, 'sections[1].elements: a section needs at least one element'],
    ['a key used twice', { ...base, sections: [opening, { ...conversation, elements: [check('greet', 'Again')] }] }, 'sections[1].elements[0].id: "greet" is already the key of sections[0].elements[0]'],
    ['zero points', { ...base, sections: [{ ...opening, elements: [check('greet', 'G', { points: 0 })] }, conversation] }, 'sections[0].elements[0].points: must be a positive number'],
    ['negative points', { ...base, sections: [{ ...opening, elements: [check('greet', 'G', { points: -2 })] }, conversation] }, 'sections[0].elements[0].points: must be a positive number'],
    ['a scale whose min is above its max', draft([section('s', [scale('x', 3, { min: 5, scaleLabels: ['a'] })])]), "sections[0].elements[0].max: must be above the scale's minimum (5)"],
    ['a weight of zero', { ...base, sections: [{ ...opening, weight: 0 }, conversation] }, 'sections[0].weight: must be a positive number'],
    ['a negative weight', { ...base, sections: [{ ...opening, weight: -1 }, conversation] }, 'sections[0].weight: must be a positive number'],
    ['a weight that is not a number', { ...base, sections: [{ ...opening, weight: 'heavy' }, conversation] }, 'sections[0].weight: must be a number'],
    [
      'bands that overlap',
      { ...base, bands: base.bands.map((b) => (b.id === 'meets' ? { ...b, from: 60 } : b)) },
      'bands[1].from: overlaps "Does not meet expectations": scores from 60 % to 70 % are in both',
    ],
    [
      'bands that leave a gap',
      { ...base, bands: base.bands.map((b) => (b.id === 'meets' ? { ...b, from: 75 } : b)) },
      'bands[1].from: leaves a gap after "Does not meet expectations": scores from 70 % to below 75 % are in no band',
    ],
    ['a label over the limit', { ...base, sections: [{ ...opening, title: 'x'.repeat(501) }, conversation] }, 'sections[0].title: must be at most 500 characters'],
    [
      'a critical element that cannot fail',
      draft([section('s', [scale('x', 2, { min: 2, critical: 'section', scaleLabels: ['only'] })])]),
      'sections[0].elements[0].critical: a critical element must be able to fail, and a scale with a single point cannot',
    ],
  ];

  it.each(cases)('%s, in the builder (saved, not publishable) and in a file (not imported)', async (_, template, expected) => {
    const s = open();
    const { templateId } = await s.call('templates.create', { name: 'Bad' });
    const saved = await s.call('templates.saveDraft', { templateId, content: template as never });
    expect(saved.errors.map((e) => `${e.field}: ${e.message}`)).toContain(expected);
    expect(await s.refuse('templates.publish', { templateId })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(expected) } });
    const before = footprint(s);
    const imported = await s.call('templates.import', { text: plainFile(template) });
    expect(imported).toMatchObject({ outcome: 'refused', reason: 'invalid' });
    expect((imported as { errors: { field: string; message: string }[] }).errors.map((e) => `${e.field}: ${e.message}`)).toContain(expected);
    expect(footprint(s)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": "callmark.template", "formatVersion": 1, "templ', 'not_json', 'the file is not JSON'],
    ['another schema version', rehashed({ format: 'callmark.template', formatVersion: 2, template: salesCalls() }), 'newer_format', 'update Callmark'],
    ['an older unknown version', rehashed({ format: 'callmark.template', formatVersion: 0, template: salesCalls() }), 'wrong_version', 'template format version 0'],
    ['a scorecard export', rehashed({ format: 'callmark.scorecard', formatVersion: 1 }), 'wrong_format', 'this is a scorecard export, not a template'],
    ['a huge file', `{"format":"callmark.template","pad":"${'x'.repeat(MAX_TEMPLATE_DOCUMENT_CHARS)}"}`, 'too_large', 'too large for a template'],
  ])('%s is refused with the reason and changes nothing', async (_, text, reason, message) => {
    const s = open();
    const before = footprint(s);
    expect(await s.call('templates.import', { text })).toMatchObject({ outcome: 'refused', reason, message: expect.stringContaining(message) });
    expect(footprint(s)).toEqual(before);
  });
});

describe('templates published on one install appear on the others through the share', () => {
  it('sends each published version to the share and installs it on a colleague’s laptop, read-only, with its ids and map', async () => {
    const root = emptyShare();
    const rita = await reviewer('Rita Lead');
    const sam = await reviewer('Sam Second');
    const ritaShare = await rita.addShare(root);
    const samShare = await sam.addShare(root, { adopt: true });

    const { templateId, version: v1 } = await publishNew(rita);
    const v2 = await publishNext(rita, templateId, (c) => ({ ...c, target: 80 }));
    await rita.idle();
    expect(shareFiles(root, { folder: 'templates' }).map((f) => f.split('/')[2])).toEqual([`${templateId}.r1.json`, `${templateId}.r2.json`]);

    // Rita's two versions, and her key on the share's roster.
    expect(await sam.call('sync.import', { targetId: samShare.id })).toMatchObject({ importedByKind: { template: 2, 'install-key': 1 }, skipped: 0 });
    const usable = await sam.call('templates.list', {});
    expect(usable.find((t) => t.templateId === templateId)).toMatchObject({ latestVersionId: v2.id, latestVersion: 2, sharedBy: 'Rita Lead' });
    expect((await sam.call('templates.get', { templateId })).versions.map((v) => v.id)).toEqual([v1.id, v2.id]);
    expect(await sam.call('templates.elementMap', { versionId: v2.id })).toMatchObject({ previousVersionId: v1.id, overall: { continues: true, notes: ['the target moved from 75 % to 80 %'] } });
    // Rita's own versions are hers: her import reads none of them back.
    expect(await rita.call('sync.import', { targetId: ritaShare.id })).toMatchObject({ imported: 0 });

    // Sam scores with the team's version; his scorecard goes to the share naming the same version.
    const scored = await completeOn(sam, v2.id, sam.agentId, { greet: 'met', dpa: 'met', listening: 10, empathy: 'met' });
    await sam.idle();
    // Sam's scorecard, and his key on the share's roster with his first document.
    expect(await rita.call('sync.import', { targetId: ritaShare.id })).toMatchObject({ importedByKind: { scorecard: 1, 'install-key': 1 } });
    const seen = await rita.call('sync.imported.get', { scorecardId: scored });
    expect(seen.document.template).toMatchObject({ id: templateId, versionId: v2.id, contentHash: v2.contentHash });
  });
});
