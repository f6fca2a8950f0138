import { z } from 'zod';
import { TemplateDocument } from './document';

/** The published JSON Schema (draft 2020-12) of the template file, as `schemas/template.schema.json` holds it. */
export function templateJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(TemplateDocument, {
    target: 'draft-2020-12',
    io: 'input',
    // Readers ignore fields they do not know (a new optional field keeps the format version).
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'urn:callmark:template',
    title: 'Callmark scorecard template',
    description:
      'One version of a scorecard template as Callmark exports and imports it (see docs/templates-format.md). Rules between fields (unique keys, bands covering 0–100 exactly once, weights on every section or none, a scale label per point) are checked by Callmark on import and are not expressed here.',
    ...generated,
  };
}

/** The file's exact text: two-space indented, with a final newline, so diffs of the published schema stay readable. */
export const templateJsonSchemaText = (): string => `${JSON.stringify(templateJsonSchema(), null, 2)}\n`;
