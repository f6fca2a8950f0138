import { z } from 'zod';

export interface PublishedSchemaInfo {
  id: string;
  title: string;
  description: string;
}

/**
 * A zod schema as a published JSON Schema (draft 2020-12) for outside readers
 * and writers. Readers must ignore fields they do not know (a new optional
 * field keeps a format's version), so the published schema does not forbid
 * them, although zod strips them when we read.
 */
export function publishedJsonSchema(schema: z.ZodType, info: PublishedSchemaInfo, io: 'input' | 'output'): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  }) as Record<string, unknown>;
  return { $schema: generated.$schema, $id: info.id, title: info.title, description: info.description, ...generated };
}

/** The file's exact text: two-space indented, with a final newline, so diffs of a published schema stay readable. */
export const jsonSchemaText = (schema: Record<string, unknown>): string => `${JSON.stringify(schema, null, 2)}\n`;
