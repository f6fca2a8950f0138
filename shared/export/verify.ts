import { z } from 'zod';
import { TemplateContent } from '../schemas/template';
import { verifyHashedText, verifyHashedValue, type HashedFormat, type HashedResult } from '../sync/hashed-document';
import { describeIssuesSafely } from '../sync/safe-issues';
import { canonicalJson } from '../util/canonical-json';
import type { Sha256Hex } from './build';
import { jsonEqual } from './json-equal';
import type { ScorecardExport} from './schema';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ExportTemplate, feedbackPresent, ScorecardExportFields } from './schema';

export type VerifyResult =
  | {
      ok: true;
      document: ScorecardExport;
      /** The document exactly as written (zod's `document` has unknown fields stripped and defaults filled). */
      raw: Record<string, unknown>;
      /** Canonical JSON of the embedded template content, which hashes to `template.contentHash`. */
      templateContentText: string;
      /** What its signature covers (see ../sync/hashed-document.ts). */
      unsignedHash: string;
    }
  | { ok: false; reason: 'not_json' | 'wrong_format' | 'newer_format' | 'wrong_schema' | 'hash_mismatch' | 'template_mismatch'; message: string };

/**
 * The export schema with the template's content checked apart: three
 * quarters of every document is its template, and a share holds thousands of
 * documents of a handful of template versions. A version is checked once
 * (schema, canonical text, hash) and remembered; a later document embedding
 * the very same content reuses that.
 */
const ExportFrame = ScorecardExportFields.extend({ template: ExportTemplate.extend({ content: z.unknown() }) }).refine(...feedbackPresent);

const format: HashedFormat<typeof ExportFrame> = {
  format: EXPORT_FORMAT,
  version: EXPORT_FORMAT_VERSION,
  schema: ExportFrame,
  what: 'a Callmark scorecard export',
};

interface VerifiedTemplate {
  raw: unknown;
  content: TemplateContent;
  text: string;
}
/** Template versions checked already, by content hash. Bounded: a share uses a few; an odd one is checked again. */
const verifiedTemplates = new Map<string, VerifiedTemplate>();
const TEMPLATES_REMEMBERED = 64;

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
export function verifyExportText(text: string, sha256: Sha256Hex, utf8?: Uint8Array): VerifyResult {
  return withTemplate(verifyHashedText(text, format, sha256, utf8), sha256);
}

function withTemplate(result: HashedResult<z.output<typeof ExportFrame>>, sha256: Sha256Hex): VerifyResult {
  if (!result.ok) return result;
  const template = result.raw.template as { content: unknown; contentHash: string };
  const known = verifiedTemplates.get(template.contentHash);
  const verified = known && jsonEqual(known.raw, template.content) ? known : checkTemplate(template.content, template.contentHash, sha256);
  if ('reason' in verified) return verified;
  const document: ScorecardExport = { ...result.document, template: { ...result.document.template, content: verified.content } };
  return { ok: true, document, raw: result.raw, unsignedHash: result.unsignedHash, templateContentText: verified.text };
}

function checkTemplate(raw: unknown, contentHash: string, sha256: Sha256Hex): VerifiedTemplate | Extract<VerifyResult, { ok: false }> {
  const parsed = TemplateContent.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['template', 'content', ...issue.path] }));
    return { ok: false, reason: 'wrong_schema', message: `does not match the export format: ${describeIssuesSafely(new z.ZodError(issues))}` };
  }
  const text = canonicalJson(raw);
  if (sha256(text) !== contentHash) {
    return { ok: false, reason: 'template_mismatch', message: "its embedded template does not match the template's content hash" };
  }
  const verified = { raw, content: parsed.data, text };
  if (verifiedTemplates.size >= TEMPLATES_REMEMBERED) verifiedTemplates.delete(verifiedTemplates.keys().next().value!);
  verifiedTemplates.set(contentHash, verified);
  return verified;
}
