import type { z } from 'zod';
import type { Sha256Hex } from '../export/build';
import { canonicalForm, canonicalJson } from '../util/canonical-json';
import { cutOf, hashWithout, type ReadText } from './cut-members';
import { describeIssuesSafely } from './safe-issues';

/**
 * The checks every synced document format shares. A document is canonical
 * JSON (keys sorted, no whitespace) carrying `format`, `formatVersion` and
 * `contentHash`: the SHA-256 of the canonical JSON of the document without
 * `contentHash`. The hash is checked over the document exactly as it was
 * written, before the schema strips or defaults anything, so a file edited
 * after it was written is refused rather than read as if its author had
 * written it.
 *
 * Messages name what is wrong in the schema's words and never quote the file
 * (JSON.parse's own message does: the first bytes of whatever the file really
 * is would end up in a stored reason).
 */
export interface HashedFormat<S extends z.ZodType> {
  format: string;
  version: number;
  schema: S;
  /** "a Callmark scorecard export", for messages. */
  what: string;
}

export type HashedResult<T> =
  | {
      ok: true;
      document: T;
      raw: Record<string, unknown>;
      /**
       * The SHA-256 of the canonical JSON of the document without `contentHash` and without `signature`: what its
       * author's signature covers (./signature.ts); its `contentHash` itself when it carries no signature.
       */
      unsignedHash: string;
    }
  | { ok: false; reason: 'not_json' | 'wrong_format' | 'newer_format' | 'wrong_schema' | 'hash_mismatch'; message: string };

/**
 * The checks on a file's text, as read (and its bytes, when they are valid UTF-8: ./cut-members.ts). Parsing here keeps
 * the text and the document it vouches for the same.
 */
export function verifyHashedText<S extends z.ZodType>(text: string, format: HashedFormat<S>, sha256: Sha256Hex, utf8?: Uint8Array): HashedResult<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const what = text.trim() === '' ? 'empty' : 'not complete JSON (truncated or damaged)';
    return { ok: false, reason: 'not_json', message: `${what}: ${text.length} characters that do not parse as JSON` };
  }
  return verifyHashedValue(raw, format, sha256, { text, utf8 });
}

/** Another Callmark format may be named; anything else in the field is the file's own words and is not repeated. */
const OUR_FORMAT = /^callmark\.[a-z0-9-]{1,40}$/;

/** The checks on a parsed value; its `source` as read, when known, allows the quick hash check below. */
export function verifyHashedValue<S extends z.ZodType>(raw: unknown, format: HashedFormat<S>, sha256: Sha256Hex, source?: ReadText): HashedResult<z.output<S>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'wrong_format', message: `not ${format.what} (not a JSON object)` };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== format.format) {
    const named = typeof record.format === 'string' && OUR_FORMAT.test(record.format) ? `its format is ${record.format}` : 'no Callmark format is named in it';
    return { ok: false, reason: 'wrong_format', message: `not ${format.what} (${named})` };
  }
  const version = record.formatVersion;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > format.version) {
    return {
      ok: false,
      reason: 'newer_format',
      message: `written by a newer Callmark (format version ${version}; this one reads ${format.version}): update Callmark to import it`,
    };
  }
  const parsed = format.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'wrong_schema', message: `does not match the export format: ${describeIssuesSafely(parsed.error)}` };
  const unsignedHash = checkContentHash(record, sha256, source);
  if (unsignedHash === null) {
    return { ok: false, reason: 'hash_mismatch', message: 'its content hash does not match its content: the file was changed after it was exported' };
  }
  return { ok: true, document: parsed.data as z.output<S>, raw: record, unsignedHash };
}

/**
 * The document with its `contentHash`, as canonical JSON: the exact bytes
 * written to a share or sent to a server.
 */
export function hashedDocumentText(withoutHash: Record<string, unknown>, sha256: Sha256Hex): { text: string; contentHash: string } {
  // Sorted once: with the hash added, only the top level is sorted again.
  const sorted = canonicalForm(withoutHash) as Record<string, unknown>;
  const contentHash = sha256(JSON.stringify(sorted));
  return { text: canonicalJson({ ...sorted, contentHash }), contentHash };
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Whether `contentHash` is the document's, and the hash its signature covers
 * (see HashedResult.unsignedHash), or null. Two forms are read:
 *
 * - the hash covers everything but itself, the signature included: what
 *   every reader before signatures checks, so they still read signed files;
 * - in a signed document of a kind that keeps its content hash
 *   (DocumentKind.keepsContentHash: another document refers to it, as a
 *   calibration commitment names its submission's), the hash covers
 *   everything but itself and the signature.
 *
 * Quick path first, for files we (or another Callmark) wrote: they are
 * canonical JSON already, so the hashed text is the file with members cut
 * out, and re-serialising is not needed. If that text hashes to the claimed
 * hash, it is the exact canonical text that was hashed (short of a SHA-256
 * collision). Anything else falls back to canonicalising the parsed document.
 */
function checkContentHash(record: Record<string, unknown>, sha256: Sha256Hex, source: ReadText | undefined): string | null {
  const hash = String(record.contentHash);
  const signature = record.signature === undefined ? null : `"signature":${canonicalJson(record.signature)}`;
  const withoutHash = source !== undefined && HEX64.test(hash) ? cutOf(source, [], `"contentHash":"${hash}"`) : null;
  if (withoutHash !== null) {
    const unsigned = signature === null ? withoutHash : cutOf(source!, withoutHash, signature);
    if (hashWithout(source!, withoutHash, sha256) === hash) {
      if (signature === null) return hash;
      if (unsigned !== null) return hashWithout(source!, unsigned, sha256);
    } else if (unsigned !== null && unsigned !== withoutHash && hashWithout(source!, unsigned, sha256) === hash) {
      return hash;
    }
  }
  const { contentHash: _, ...rest } = record;
  const unsignedHash = signature === null ? null : sha256(canonicalJson({ ...rest, signature: undefined }));
  if (sha256(canonicalJson(rest)) === hash) return unsignedHash ?? hash;
  return unsignedHash === hash ? hash : null;
}
