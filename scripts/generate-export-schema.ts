// Writes schemas/scorecard-export.schema.json from the zod schema of the export format.
// Run after changing shared/export/schema.ts: npx tsx scripts/generate-export-schema.ts
// (test/unit/sync/export-schema.test.ts fails while the published file is out of date).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJsonSchemaText } from '../shared/export/json-schema';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'scorecard-export.schema.json');
fs.writeFileSync(file, exportJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
