import { ApiError } from '../../../shared/api';
import type { TemplateVersion } from '../../../shared/schemas/template';
import type { TemplateDefinition } from '../../../shared/templates/definition';
import { describeFieldError, type FieldError } from '../../../shared/templates/field-errors';
import { validateTemplate } from '../../../shared/templates/validate';
import type { TemplateParts } from './parts';
import type { StoredDraft } from './store/drafts';
import type { TemplateRow } from './store/library';

export function requireTemplate(parts: TemplateParts, templateId: string): TemplateRow {
  const row = parts.library.get(templateId);
  if (!row) throw new ApiError('not_found', 'That template does not exist.');
  return row;
}

/** A template this install may change: made here and not archived. The others say why not, and what to do instead. */
export function requireEditable(parts: TemplateParts, templateId: string): TemplateRow {
  const row = requireTemplate(parts, templateId);
  if (row.source === 'builtin')
    throw new ApiError('read_only', `"${row.name}" is built in and kept exactly as the seed defines it: duplicate it to make a template of your own.`);
  if (row.source === 'share')
    throw new ApiError('read_only', `"${row.name}" was published by ${row.sharedBy || 'a colleague'} on another install and is read-only here: duplicate it to make a template of your own.`);
  if (row.archived) throw new ApiError('conflict', `"${row.name}" is archived: restore it before changing it.`);
  return row;
}

export function requireVersion(parts: TemplateParts, versionId: string): TemplateVersion {
  const version = parts.repos.templates.getVersion(versionId);
  if (!version) throw new ApiError('not_found', 'That template version does not exist.');
  return version;
}

export function requireDraft(parts: TemplateParts, templateId: string): StoredDraft {
  const draft = parts.drafts.get(templateId);
  if (!draft) throw new ApiError('conflict', 'This template has no draft: it was published or discarded meanwhile.');
  return draft;
}

/** Refuses with every problem at its field (in `details`), the first few in the message. */
export function refuseErrors(what: string, errors: readonly FieldError[]): never {
  const shown = errors.slice(0, 3).map(describeFieldError).join('; ');
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  throw new ApiError('invalid_input', `${what} has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${shown}${more}.`, errors);
}

/** The draft as a valid definition, or a refusal naming each field to fix. */
export function validDraft(draft: StoredDraft): TemplateDefinition {
  const checked = validateTemplate(draft.content);
  if (!checked.ok) refuseErrors('The draft', checked.errors);
  return checked.template;
}
