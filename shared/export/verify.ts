import { describeZodError } from '../api/errors';
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
    }
  | { ok: false; reason: 'not_json' | 'wrong_format' | 'newer_format' | 'wrong_schema' | 'hash_mismatch' | 'template_mismatch'; message: string };

/**
 * Checks a parsed JSON value as an export document: our format, a version we
 * read, the schema, then the content hash over the document exactly as it was
 * written (before zod strips or defaults anything), so a file edited after
 * export is refused rather than imported as if the reviewer had written it;
 * and that the embedded template is the version its content hash names, so a
 * reader may keep one copy per template version.
 */
export function verifyExport(raw: unknown, sha256: Sha256Hex): VerifyResult {
  return verifyParsed(raw, sha256, undefined);
}

/**
 * The same checks on a file's text, as read. Parsing here keeps the text and
 * the document it vouches for the same: see canonicalTextMatches.
 */
export function verifyExportText(text: string, sha256: Sha256Hex): VerifyResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not_json', message: `not complete JSON (truncated or damaged): ${(error as Error).message}` };
  }
  return verifyParsed(raw, sha256, text);
}

function verifyParsed(raw: unknown, sha256: Sha256Hex, sourceText: string | undefined): VerifyResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'wrong_format', message: 'not a Callmark scorecard export (not a JSON object)' };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'wrong_format', message: `not a Callmark scorecard export (format is ${JSON.stringify(record.format ?? null)})` };
  }
  if (typeof record.formatVersion === 'number' && record.formatVersion > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      reason: 'newer_format',
      message: `written by a newer Callmark (format version ${record.formatVersion}; this one reads ${EXPORT_FORMAT_VERSION}): update Callmark to import it`,
    };
  }
  const parsed = ScorecardExport.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'wrong_schema', message: `does not match the export format: ${describeZodError(parsed.error)}` };
  const { contentHash, ...rest } = record;
  if (!(sourceText !== undefined && canonicalTextMatches(sourceText, String(contentHash), sha256)) && sha256(canonicalJson(rest)) !== contentHash) {
    return { ok: false, reason: 'hash_mismatch', message: 'its content hash does not match its content: the file was changed after it was exported' };
  }
  const template = record.template as { content: unknown; contentHash: string };
  const templateContentText = canonicalJson(template.content);
  if (sha256(templateContentText) !== template.contentHash) {
    return { ok: false, reason: 'template_mismatch', message: "its embedded template does not match the template's content hash" };
  }
  return { ok: true, document: parsed.data, raw: record, templateContentText };
}

/**
 * The quick check for a file we (or another Callmark) wrote: such files are
 * already canonical JSON, so the hashed text is the file minus its
 * `"contentHash":"…",` member, and re-serialising is not needed. If that text
 * hashes to the claimed hash, it is the exact canonical text that was hashed
 * (short of a SHA-256 collision), so the file says what was exported.
 * Anything else falls back to canonicalising the parsed document.
 */
function canonicalTextMatches(text: string, hash: string, sha256: Sha256Hex): boolean {
  if (!/^[0-9a-f]{64}$/.test(hash)) return false;
  const member = `"contentHash":"${hash}",`;
  const at = text.indexOf(member);
  if (at < 0 || text.indexOf(member, at + 1) >= 0) return false;
  return sha256(text.slice(0, at) + text.slice(at + member.length)) === hash;
}
