// Writes schemas/template.schema.json from the zod schema of the template file.
// Run after changing shared/templates/document.ts or definition.ts: npx tsx scripts/generate-template-schema.ts
// (test/unit/templates/document.test.ts fails while the published file is out of date).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateJsonSchemaText } from '../shared/templates/json-schema';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'template.schema.json');
fs.writeFileSync(file, templateJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
