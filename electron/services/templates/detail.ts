import { ApiError } from '../../../shared/api';
import type { DraftView, TemplateDetail } from '../../../shared/api/templates';
import { validateTemplate } from '../../../shared/templates/validate';
import type { TemplateParts } from './parts';

/** Everything the template's page shows: its status, its versions and its draft with the draft's problems. */
export function loadDetail(parts: TemplateParts, templateId: string): TemplateDetail {
  const status = parts.library.status(templateId);
  if (!status) throw new ApiError('not_found', 'That template does not exist.');
  const draft = parts.drafts.get(templateId);
  const checked = draft && validateTemplate(draft.content);
  return {
    status,
    versions: parts.versions.infos(templateId),
    draft: draft && {
      // Stored as the builder sent it, which DraftContent checked.
      content: draft.content as DraftView['content'],
      baseVersionId: draft.baseVersionId,
      updatedAt: draft.updatedAt,
      errors: checked && !checked.ok ? checked.errors : [],
    },
  };
}
