import { z } from 'zod';
import { ScorecardExport } from './schema';

/** The published JSON Schema (draft 2020-12) of the export format, as `schemas/scorecard-export.schema.json` holds it. */
export function exportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScorecardExport, {
    target: 'draft-2020-12',
    io: 'output',
    // Readers must ignore fields they do not know (a new optional field keeps the format version),
    // so the published schema does not forbid them, although zod strips them when we read.
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'urn:callmark:scorecard-export',
    title: 'Callmark scorecard export',
    description:
      'One completed scorecard revision as Callmark writes it to a shared folder or sends it to a server. See the README section "Sync".',
    ...generated,
  };
}

/** The file's exact text: two-space indented, with a final newline, so diffs of the published schema stay readable. */
export const exportJsonSchemaText = (): string => `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
