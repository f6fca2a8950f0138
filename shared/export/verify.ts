import { verifyHashedText, verifyHashedValue, type HashedFormat, type HashedResult } from '../sync/hashed-document';
import { canonicalJson } from '../util/canonical-json';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ScorecardExport } from './schema';
import type { Sha256Hex } from './build';

export type VerifyResult =
  | {
      ok: true;
      document: ScorecardExport;
      /** The document exactly as written (zod's `document` has unknown fields stripped and defaults filled). */
      raw: Record<string, unknown>;
      /** Canonical JSON of the embedded template content, which hashes to `template.contentHash`. */
      templateContentText: string;
      /** Canonical JSON of the document without `contentHash` (see ../sync/hashed-document.ts). */
      unhashedText: string;
    }
  | { ok: false; reason: 'not_json' | 'wrong_format' | 'newer_format' | 'wrong_schema' | 'hash_mismatch' | 'template_mismatch'; message: string };

const format: HashedFormat<typeof ScorecardExport> = {
  format: EXPORT_FORMAT,
  version: EXPORT_FORMAT_VERSION,
  schema: ScorecardExport,
  what: 'a Callmark scorecard export',
};

/**
 * Checks a parsed JSON value as an export document: our format, a version we
 * read, the schema and the content hash (../sync/hashed-document.ts), and that
 * the embedded template is the version its content hash names, so a reader
 * may keep one copy per template version.
 */
export function verifyExport(raw: unknown, sha256: Sha256Hex): VerifyResult {
  return withTemplate(verifyHashedValue(raw, format, sha256), sha256);
}

/** The same checks on a file's text, as read. */
export function verifyExportText(text: string, sha256: Sha256Hex): VerifyResult {
  return withTemplate(verifyHashedText(text, format, sha256), sha256);
}

function withTemplate(result: HashedResult<ScorecardExport>, sha256: Sha256Hex): VerifyResult {
  if (!result.ok) return result;
  const template = result.raw.template as { content: unknown; contentHash: string };
  const templateContentText = canonicalJson(template.content);
  if (sha256(templateContentText) !== template.contentHash) {
    return { ok: false, reason: 'template_mismatch', message: "its embedded template does not match the template's content hash" };
  }
  return { ...result, templateContentText };
}
