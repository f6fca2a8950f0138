import type { TemplateDocument, TemplatePublication } from '../../../shared/templates/document';
import { buildTemplateDocument } from '../../../shared/templates/document';
import { sha256Hex } from '../sync/export/sha256';
import { requireTemplate, requireVersion } from './lookups';
import type { TemplateParts } from './parts';

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'template';

/**
 * The file of a published version: the template file format with the
 * version's publication (its ids, who published it and from which install,
 * its map from the version before). Built only from what is stored and never
 * changes, so it is the same bytes whenever and wherever it is made: the
 * document sent to a share, an export of it on this install, and an export on
 * a colleague's install that imported it are one and the same file.
 */
export function publishedDocument(parts: TemplateParts, versionId: string): { document: TemplateDocument; text: string; fileName: string } {
  const version = requireVersion(parts, versionId);
  const template = requireTemplate(parts, version.templateId);
  const stored = parts.versions.publication(versionId);
  const publication: TemplatePublication = {
    templateId: version.templateId,
    version: version.version,
    versionId,
    publishedAt: version.createdAt,
    publishedBy: stored?.publishedBy ?? '',
    installId: template.originInstallId || parts.installId(),
    previous: stored?.previous ?? null,
  };
  const built = buildTemplateDocument(version.content, sha256Hex, publication);
  return { ...built, fileName: `${slug(version.content.name)}-v${version.version}.callmark-template.json` };
}
