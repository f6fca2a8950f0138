import { TemplateContent } from '../../../shared/schemas/template';
import type { TemplateDefinition } from '../../../shared/templates/definition';
import type { TemplatePublication } from '../../../shared/templates/document';
import type { ImportFacts } from '../../../shared/templates/import-verdict';
import { templateContentHash } from './content-hash';
import type { TemplateParts } from './parts';

/** What this install has, as `decideImport` asks it. */
export function importFacts(parts: TemplateParts): ImportFacts {
  return {
    version(versionId) {
      const found = parts.repos.templates.getVersion(versionId);
      return found && { templateId: found.templateId, version: found.version, contentHash: found.contentHash };
    },
    template(templateId) {
      const row = parts.library.get(templateId);
      return row && { source: row.source, name: row.name };
    },
    versionIdAt: (templateId, version) => parts.versions.idOf(templateId, version),
    contentHash: (template) => templateContentHash(TemplateContent.parse(template)),
  };
}

/**
 * Keeps a version published on another install exactly as published: the same
 * template and version ids, its publication time, publisher and element map,
 * read-only here and usable for scoring. Call inside a transaction, after
 * `decideImport` said "install".
 */
export function installPublished(parts: TemplateParts, template: TemplateDefinition, publication: TemplatePublication): void {
  const { templateId, version, versionId, publishedAt, publishedBy, installId, previous } = publication;
  if (!parts.library.get(templateId))
    parts.library.insert({ id: templateId, name: template.name, createdAt: publishedAt, source: 'share', originInstallId: installId, sharedBy: publishedBy });
  const content = TemplateContent.parse(template);
  parts.versions.insert({ id: versionId, templateId, version, content, contentHash: templateContentHash(content), createdAt: publishedAt, publishedBy });
  if (previous) parts.versions.insertMap(versionId, previous.versionId, previous.elementMap);
  // Versions may arrive out of order: the template is named after its newest.
  if (parts.versions.latest(templateId)?.id === versionId) parts.library.rename(templateId, template.name);
}
