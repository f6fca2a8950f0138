import { z } from 'zod';
import type { Sha256Hex } from '../export/build';
import { Id, IsoDateTime } from '../schemas/common';
import { canonicalJson } from '../util/canonical-json';
import { TemplateDefinition, type TemplateDefinitionInput } from './definition';
import { ElementMap } from './element-map';
import { compareFieldErrors, describeFieldError, fromZodIssue, type FieldError } from './field-errors';
import { validateTemplate } from './validate';

/**
 * The template file: one template version as canonical JSON (sorted keys, no
 * whitespace), so the same template is the same bytes on every install. This
 * zod schema is the source; `schemas/template.schema.json` is generated from
 * it (npx tsx scripts/generate-template-schema.ts) and a test keeps them equal.
 * Compatibility rule, as for scorecard exports: a new optional field keeps
 * `formatVersion`; anything else bumps it.
 */
export const TEMPLATE_FORMAT = 'callmark.template';
export const TEMPLATE_FORMAT_VERSION = 1;
/**
 * A template at every limit (20 sections × 30 elements, full guidance on each)
 * is well under 4 MiB of text; anything larger is not a template a person made.
 */
export const MAX_TEMPLATE_DOCUMENT_CHARS = 4 * 1024 * 1024;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' });

const Envelope = z.object({
  format: z.literal(TEMPLATE_FORMAT),
  formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
  /** Which template this is a version of, when it came from a Callmark install (so versions of one template group together). */
  templateId: Id.optional(),
  /** Its version number there. */
  version: z.number().int().min(1).optional(),
  /**
   * The rest is present when the file is a published version (the share, an
   * export of a version): the version keeps these ids on every install, so a
   * team scores with the same version and reports match them up.
   */
  versionId: Id.optional(),
  publishedAt: IsoDateTime.optional(),
  /** The name of the person who published it. */
  publishedBy: z.string().max(200).optional(),
  /** The install that published it: only that install publishes its next versions. */
  installId: Id.optional(),
  /** The version before this one, and how its elements continue in this one. */
  previousVersionId: Id.optional(),
  elementMap: ElementMap.optional(),
  /** SHA-256 of the canonical JSON of this document without this field. */
  contentHash: Sha256,
});

export const TemplateDocument = Envelope.extend({ template: TemplateDefinition });
export type TemplateDocument = z.infer<typeof TemplateDocument>;

export interface TemplateOrigin {
  templateId: string;
  version: number;
}

/** Everything that makes a file a published version (see `publicationOf`). */
export interface TemplatePublication extends TemplateOrigin {
  versionId: string;
  publishedAt: string;
  publishedBy: string;
  installId: string;
  previous: { versionId: string; elementMap: ElementMap } | null;
}

/** The publication a document carries, or null when it is a plain template file (hand-written, or from a draft). */
export function publicationOf(document: TemplateDocument): TemplatePublication | null {
  const { templateId, version, versionId, publishedAt, publishedBy = '', installId, previousVersionId, elementMap } = document;
  if (!templateId || !version || !versionId || !publishedAt || !installId) return null;
  const previous = previousVersionId && elementMap ? { versionId: previousVersionId, elementMap } : null;
  return { templateId, version, versionId, publishedAt, publishedBy, installId, previous };
}

/** The envelope fields a publication writes. */
const publicationFields = ({ previous, ...rest }: TemplatePublication) =>
  previous ? { ...rest, previousVersionId: previous.versionId, elementMap: previous.elementMap } : rest;

/** The document and its exact text, the bytes to write. Pure: the same template gives the same bytes. Throws on an invalid template: validate first. */
export function buildTemplateDocument(
  template: TemplateDefinitionInput,
  sha256: Sha256Hex,
  origin?: TemplateOrigin | TemplatePublication,
): { document: TemplateDocument; text: string } {
  const envelope = origin && 'versionId' in origin ? publicationFields(origin) : origin;
  // Normalised through the schema (labels trimmed, defaults filled), so what is written reads back as itself.
  const body = { format: TEMPLATE_FORMAT, formatVersion: TEMPLATE_FORMAT_VERSION, ...envelope, template: TemplateDefinition.parse(template) };
  const document = TemplateDocument.parse({ ...body, contentHash: sha256(canonicalJson(body)) });
  return { document, text: canonicalJson(document) };
}

export type TemplateImport =
  | {
      ok: true;
      document: TemplateDocument;
      template: TemplateDefinition;
      /** The document exactly as written, unknown fields included. */
      raw: Record<string, unknown>;
    }
  | {
      ok: false;
      reason: 'too_large' | 'not_json' | 'wrong_format' | 'newer_format' | 'wrong_version' | 'invalid' | 'hash_mismatch';
      /** One line for the user; for `invalid`, every field error joined. */
      message: string;
      /** For `invalid`: each problem with its field (template fields by their path inside the template). */
      errors: FieldError[];
    };

const refuse = (reason: Exclude<TemplateImport, { ok: true }>['reason'], message: string, errors: FieldError[] = []): TemplateImport => ({ ok: false, reason, message, errors });

/**
 * Reads a template file from anywhere (a share, an e-mail, a hand edit):
 * refuses, with the reason, a file that is too large, not JSON, another kind of
 * file or format version, a template with errors (all of them, each naming its
 * field), or one changed after it was written (its hash no longer matches).
 */
export function parseTemplateDocument(text: string, sha256: Sha256Hex): TemplateImport {
  if (text.length > MAX_TEMPLATE_DOCUMENT_CHARS)
    return refuse('too_large', `the file is too large for a template (${text.length.toLocaleString('en')} characters; at most ${MAX_TEMPLATE_DOCUMENT_CHARS.toLocaleString('en')})`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse('not_json', `not a template: the file is not JSON (${(error as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refuse('wrong_format', 'not a Callmark template (not a JSON object)');
  const record = raw as Record<string, unknown>;
  if (record.format !== TEMPLATE_FORMAT)
    return refuse(
      'wrong_format',
      record.format === 'callmark.scorecard' ? 'this is a scorecard export, not a template' : `not a Callmark template (format is ${JSON.stringify(record.format ?? null)})`,
    );
  if (typeof record.formatVersion === 'number' && record.formatVersion > TEMPLATE_FORMAT_VERSION)
    return refuse('newer_format', `written by a newer Callmark (template format ${record.formatVersion}; this one reads ${TEMPLATE_FORMAT_VERSION}): update Callmark to import it`);
  if (record.formatVersion !== TEMPLATE_FORMAT_VERSION)
    return refuse('wrong_version', `template format version ${JSON.stringify(record.formatVersion ?? null)} is not one Callmark reads (${TEMPLATE_FORMAT_VERSION})`);

  const envelope = Envelope.safeParse(record, { reportInput: true });
  const template = validateTemplate(record.template);
  const errors = [...(envelope.success ? [] : envelope.error.issues.map(fromZodIssue)), ...(template.ok ? [] : template.errors)].sort(compareFieldErrors);
  if (errors.length > 0 || !template.ok) return refuse('invalid', `the template has errors: ${errors.map(describeFieldError).join('; ')}`, errors);

  // Hashed as written, before zod trims or fills anything: an edited file is refused, not silently repaired.
  const { contentHash, ...rest } = record;
  if (sha256(canonicalJson(rest)) !== contentHash) return refuse('hash_mismatch', 'the file was changed after it was exported: its content hash does not match');
  return { ok: true, document: TemplateDocument.parse(record), template: template.template, raw: record };
}
