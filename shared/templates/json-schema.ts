import { jsonSchemaText, publishedJsonSchema } from '../util/json-schema';
import { TemplateDocument } from './document';

/**
 * The published JSON Schema of the template file, as `schemas/template.schema.json`
 * holds it. Described as input (fields with defaults optional): what a person or
 * another tool may write and Callmark will read.
 */
export function templateJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(
    TemplateDocument,
    {
      id: 'urn:callmark:template',
      title: 'Callmark scorecard template',
      description:
        'One version of a scorecard template as Callmark exports and imports it (see docs/templates-format.md). Rules between fields (unique keys, bands covering 0–100 exactly once, weights on every section or none, a scale label per point) are checked by Callmark on import and are not expressed here.',
    },
    'input',
  );
}

export const templateJsonSchemaText = (): string => jsonSchemaText(templateJsonSchema());
