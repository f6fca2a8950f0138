import type { ApiHandlers } from '../../../shared/api';
import { TemplateDefinition } from '../../../shared/templates/definition';
import { starterTemplate } from '../../../shared/templates/starter';
import { loadDetail } from './detail';
import { requireTemplate, requireVersion } from './lookups';
import type { TemplateParts } from './parts';

type LibraryMethods = 'templates.list' | 'templates.getVersion' | 'templates.library' | 'templates.get' | 'templates.create' | 'templates.duplicate' | 'templates.setArchived';

/** The templates there are: lists, one template's page, new ones (blank or copied) and archiving. */
export function libraryHandlers(parts: TemplateParts): Pick<ApiHandlers, LibraryMethods> {
  const { ctx, library, drafts } = parts;

  /** A template of this install whose draft is `content`: nothing is used until it is published. */
  const newTemplate = (name: string, content: unknown, copiedFromVersionId: string | null = null): { templateId: string } => {
    const templateId = ctx.newId();
    ctx.db.transaction(() => {
      const at = ctx.now();
      library.insert({ id: templateId, name, createdAt: at, source: 'local', originInstallId: parts.installId(), sharedBy: '', copiedFromVersionId });
      drafts.insert(templateId, null, content, at);
    })();
    return { templateId };
  };

  return {
    'templates.list': () => library.usable(),
    'templates.getVersion': ({ id }) => requireVersion(parts, id),
    'templates.library': () => library.all(),
    'templates.get': ({ templateId }) => loadDetail(parts, templateId),
    'templates.create': ({ name }) => newTemplate(name, TemplateDefinition.parse(starterTemplate(name))),
    'templates.duplicate': ({ versionId, name }) => newTemplate(name, { ...requireVersion(parts, versionId).content, name }, versionId),
    'templates.setArchived': ({ templateId, archived }) => {
      requireTemplate(parts, templateId);
      library.setArchived(templateId, archived ? ctx.now() : null);
      return library.status(templateId)!;
    },
  };
}
