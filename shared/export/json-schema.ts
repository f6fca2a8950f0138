import { publishedJsonSchema, jsonSchemaText } from '../util/json-schema';
import { ScorecardExport } from './schema';

/** The published JSON Schema (draft 2020-12) of the export format, as `schemas/scorecard-export.schema.json` holds it. */
export function exportJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(
    ScorecardExport,
    {
      id: 'urn:callmark:scorecard-export',
      title: 'Callmark scorecard export',
      description:
        'One completed scorecard revision as Callmark writes it to a shared folder or sends it to a server. See the README section "Sync".',
    },
    'output',
  );
}

export const exportJsonSchemaText = (): string => jsonSchemaText(exportJsonSchema());
