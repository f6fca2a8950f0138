import { parseTemplateDocument, publicationOf, TemplateDocument } from '../../templates/document';
import type { DocumentKind } from './kind';

/**
 * Published template versions (issue 9): written only by the install that
 * publishes them, one file per version (`templates/yyyy/mm/<templateId>.r<version>.json`),
 * in the template file format with its publication filled in, so the other
 * installs keep the same template and version ids and a team scores with the
 * same version. Read-only where it is imported.
 */
export const templateKind: DocumentKind<TemplateDocument, null> = {
  kind: 'template',
  folder: 'templates',
  noun: 'published template',
  writers: 'one-install',
  schema: TemplateDocument,
  verify(text, sha256) {
    const parsed = parseTemplateDocument(text, sha256);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    if (!publicationOf(parsed.document)) return { ok: false, message: 'a template file, but not a published version (it has no version id, publication time or install)' };
    return { ok: true, document: parsed.document, raw: parsed.raw, extra: null };
  },
  facts(document) {
    const published = publicationOf(document)!;
    return { documentId: published.templateId, revision: published.version, installId: published.installId, contentHash: document.contentHash, placedAt: published.publishedAt };
  },
};
