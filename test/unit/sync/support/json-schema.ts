import { Ajv2020 } from 'ajv/dist/2020.js';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The published JSON Schema, compiled by a real JSON-Schema validator (ajv):
 * what an outside reader would use. Formats are checked by the schema's own
 * patterns, so ajv's format plug-in is not needed.
 */
export const publishedSchemaPath = path.resolve(import.meta.dirname, '../../../../schemas/scorecard-export.schema.json');

const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(publishedSchemaPath, 'utf8')) as object);

/** Null when valid; otherwise ajv's errors as text. */
export function jsonSchemaErrors(document: unknown): string | null {
  return validate(document) ? null : ajv.errorsText(validate.errors);
}
