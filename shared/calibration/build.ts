import type { z } from 'zod';
import type { Sha256Hex } from '../export/build';
import { hashedDocumentText } from '../sync/hashed-document';

/**
 * A calibration document as it is written: its fields, its `contentHash`, and
 * the canonical JSON that is frozen and delivered. Checked against its own
 * schema first, so this install never publishes a document another install
 * would refuse.
 */
export function buildHashedDocument<S extends z.ZodType>(schema: S, withoutHash: Record<string, unknown>, sha256: Sha256Hex): { document: z.output<S>; body: string } {
  const { text, contentHash } = hashedDocumentText(withoutHash, sha256);
  return { document: schema.parse({ ...withoutHash, contentHash }), body: text };
}
