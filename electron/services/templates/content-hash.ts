import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/util/canonical-json';
import type { TemplateContent } from '../../../shared/schemas/template';

/** SHA-256 of the canonical JSON: the same content has the same hash on every machine. */
export function templateContentHash(content: TemplateContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
