// Writes schemas/coaching-session.schema.json from the zod schema of the coaching session document.
// Run after changing shared/coaching/document.ts: npx tsx scripts/generate-coaching-schema.ts
// (test/unit/coaching/session-document.test.ts fails while the published file is out of date).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coachingSessionJsonSchemaText } from '../shared/coaching/json-schema';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'coaching-session.schema.json');
fs.writeFileSync(file, coachingSessionJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
