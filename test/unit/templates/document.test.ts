import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { buildTemplateDocument, MAX_TEMPLATE_DOCUMENT_CHARS, parseTemplateDocument } from '../../../shared/templates/document';
import { describeFieldError } from '../../../shared/templates/field-errors';
import { templateJsonSchemaText } from '../../../shared/templates/json-schema';
import { validateTemplate } from '../../../shared/templates/validate';
import { validTemplate } from './arbitrary';
import { sha256Hex as sha256 } from '../../../electron/services/sync/export/sha256';

const publishedSchemaPath = path.resolve(import.meta.dirname, '../../../schemas/template.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validateWithSchema = ajv.compile(JSON.parse(fs.readFileSync(publishedSchemaPath, 'utf8')) as object);

const origin = { templateId: '6f0c1f3e-2b7a-4c1e-9a52-0d5b8e1c4a01', version: 3 };
/** A document edited as a person or another tool would, then re-hashed so only the edit is judged. */
function rehashed(document: Record<string, unknown>): string {
  const { contentHash: _, ...rest } = document;
  return canonicalJson({ ...rest, contentHash: sha256(canonicalJson(rest)) });
}

describe('template export and import', () => {
  it('writes canonical JSON with its format, version, origin and a content hash over everything else', () => {
    const { document, text } = buildTemplateDocument(builtinTemplate, sha256, origin);
    expect(document).toMatchObject({ format: 'callmark.template', formatVersion: 1, ...origin, template: builtinTemplate });
    expect(text).toBe(canonicalJson(document));
    const { contentHash, ...rest } = document;
    expect(contentHash).toBe(sha256(canonicalJson(rest)));
    expect(parseTemplateDocument(text, sha256)).toEqual({ ok: true, document, template: builtinTemplate, raw: JSON.parse(text) });
  });

  it('property: every valid template survives export → import byte for byte', () => {
    fc.assert(
      fc.property(validTemplate, fc.boolean(), (input, withOrigin) => {
        const checked = validateTemplate(input);
        if (!checked.ok) throw new Error(`the generator made an invalid template: ${checked.errors.map(describeFieldError).join('; ')}`);
        // Exported from the draft as typed (untrimmed labels, defaults missing), as the builder would.
        const exported = buildTemplateDocument(input, sha256, withOrigin ? origin : undefined);
        const imported = parseTemplateDocument(exported.text, sha256);
        if (!imported.ok) throw new Error(imported.message);
        expect(imported.template).toEqual(checked.template);
        expect(buildTemplateDocument(imported.template, sha256, withOrigin ? origin : undefined).text).toBe(exported.text);
        expect(validateWithSchema(JSON.parse(exported.text))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('normalises what it writes: labels trimmed, defaults filled, so the file reads back as itself', () => {
    const input = { ...builtinTemplate, name: '  Padded name  ', sections: builtinTemplate.sections.map((s) => ({ ...s, elements: s.elements.map(({ points: _, ...e }) => e) })) };
    const { document, text } = buildTemplateDocument(input, sha256);
    expect(document.template.name).toBe('Padded name');
    expect(document.template.sections[0]!.elements[0]!.points).toBe(1);
    expect(parseTemplateDocument(text, sha256)).toMatchObject({ ok: true, template: { name: 'Padded name' } });
    expect(() => buildTemplateDocument({ ...builtinTemplate, sections: [] }, sha256)).toThrow();
  });

  it('reads a hand-written file whose hash is right: unknown fields ignored, labels trimmed', () => {
    const { document } = buildTemplateDocument(builtinTemplate, sha256);
    const text = rehashed({ ...document, futureField: { x: 1 }, template: { ...document.template, name: ` ${builtinTemplate.name} ` } });
    const imported = parseTemplateDocument(text, sha256);
    expect(imported).toMatchObject({ ok: true, template: builtinTemplate });
    expect(validateWithSchema(JSON.parse(text))).toBe(true);
  });
});

describe('refusing template files, with the reason', () => {
  const good = buildTemplateDocument(builtinTemplate, sha256, origin);

  it('refuses a huge file before parsing it', () => {
    const huge = `{"format":"callmark.template","padding":"${'x'.repeat(MAX_TEMPLATE_DOCUMENT_CHARS)}"}`;
    expect(parseTemplateDocument(huge, sha256)).toMatchObject({ ok: false, reason: 'too_large', message: expect.stringContaining('too large') });
  });

  it('refuses text that is not JSON, and JSON that is not a template', () => {
    expect(parseTemplateDocument(good.text.slice(0, 200), sha256)).toMatchObject({ ok: false, reason: 'not_json', message: expect.stringMatching(/^not a template: the file is not JSON/) });
    expect(parseTemplateDocument('[1, 2]', sha256)).toMatchObject({ ok: false, reason: 'wrong_format' });
    expect(parseTemplateDocument('{"format":"callmark.scorecard","formatVersion":1}', sha256)).toMatchObject({
      ok: false,
      reason: 'wrong_format',
      message: 'this is a scorecard export, not a template',
    });
    expect(parseTemplateDocument('{"name":"x"}', sha256)).toMatchObject({ ok: false, reason: 'wrong_format', message: 'not a Callmark template (format is null)' });
  });

  it('refuses another format version, saying when an update would help', () => {
    expect(parseTemplateDocument(rehashed({ ...good.document, formatVersion: 2 }), sha256)).toMatchObject({ ok: false, reason: 'newer_format', message: expect.stringContaining('update Callmark') });
    expect(parseTemplateDocument(rehashed({ ...good.document, formatVersion: '1' }), sha256)).toMatchObject({
      ok: false,
      reason: 'wrong_version',
      message: 'template format version "1" is not one Callmark reads (1)',
    });
  });

  it('refuses a template with errors, listing every one with its field, and nothing is imported', () => {
    const broken = structuredClone(good.document) as Record<string, unknown> & { template: { sections: { elements: { points: number }[] }[]; bands: { to: number }[] } };
    broken.template.sections[2]!.elements[4]!.points = 0;
    broken.template.bands[0]!.to = 60;
    broken.version = 0;
    const result = parseTemplateDocument(rehashed(broken), sha256);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.reason).toBe('invalid');
    expect(result.errors.map(describeFieldError)).toEqual([
      'version: must be at least 1',
      'sections[2].elements[4].points: must be a positive number',
      'bands[1].from: leaves a gap after "Does not meet expectations": scores from 60 % to below 70 % are in no band',
    ]);
    expect(result.message).toBe(`the template has errors: ${result.errors.map(describeFieldError).join('; ')}`);
    expect(parseTemplateDocument(rehashed({ ...good.document, template: 'none' }), sha256)).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('a template must be an object') });
  });

  it('refuses a file changed after export (its hash no longer matches)', () => {
    const edited = good.text.replace('Greeting applicable to the time of day', 'Greeting applicable to the hour');
    expect(edited).not.toBe(good.text);
    expect(parseTemplateDocument(edited, sha256)).toMatchObject({ ok: false, reason: 'hash_mismatch', message: expect.stringContaining('changed after it was exported') });
    expect(parseTemplateDocument(canonicalJson({ ...good.document, contentHash: 'abc' }), sha256)).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [expect.objectContaining({ field: 'contentHash', message: 'must be a SHA-256 in lower-case hex' })],
    });
  });
});

describe('the example in docs/templates-format.md', () => {
  it('is a real template file: it imports, and passes the published schema', () => {
    const markdown = fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/templates-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(markdown)?.[1];
    if (!example) throw new Error('no JSON example in the documentation');
    const imported = parseTemplateDocument(example, sha256);
    expect(imported).toMatchObject({ ok: true, document: { templateId: expect.any(String), version: 2 } });
    expect(validateWithSchema(JSON.parse(example))).toBe(true);
  });
});

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates (run: npx tsx scripts/generate-template-schema.ts)', () => {
    expect(fs.readFileSync(publishedSchemaPath, 'utf8')).toBe(templateJsonSchemaText());
  });

  it('refuses, as an outside validator, what the field rules refuse', () => {
    const { document } = buildTemplateDocument(builtinTemplate, sha256);
    const bad = structuredClone(document) as { template: { sections: { elements: { points: number }[] }[] } };
    bad.template.sections[0]!.elements[0]!.points = -1;
    expect(validateWithSchema(bad)).toBe(false);
    expect(ajv.errorsText(validateWithSchema.errors)).toContain('/template/sections/0/elements/0');
  });
});
