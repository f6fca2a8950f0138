import { describeZodError } from '../api/errors';
import { canonicalJson } from '../util/canonical-json';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ScorecardExport } from './schema';
import type { Sha256Hex } from './build';

export type VerifyResult =
  | { ok: true; document: ScorecardExport }
  | { ok: false; reason: 'wrong_format' | 'newer_format' | 'wrong_schema' | 'hash_mismatch'; message: string };

/**
 * Checks a parsed JSON value as an export document: our format, a version we
 * read, the schema, then the content hash over the document exactly as it was
 * written (before zod strips or defaults anything), so a file edited after
 * export is refused rather than imported as if the reviewer had written it.
 */
export function verifyExport(raw: unknown, sha256: Sha256Hex): VerifyResult {
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
  const actual = sha256(canonicalJson(rest));
  if (actual !== contentHash) {
    return { ok: false, reason: 'hash_mismatch', message: 'its content hash does not match its content: the file was changed after it was exported' };
  }
  return { ok: true, document: parsed.data };
}
