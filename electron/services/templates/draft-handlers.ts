import { ApiError, type ApiHandlers } from '../../../shared/api';
import { validateElementMap } from '../../../shared/templates/element-map';
import { validateTemplate } from '../../../shared/templates/validate';
import { loadDetail } from './detail';
import { draftMapView, resolveDraft } from './draft-map';
import { refuseErrors, requireDraft, requireEditable } from './lookups';
import type { TemplateParts } from './parts';

type DraftMethods = 'templates.startDraft' | 'templates.saveDraft' | 'templates.discardDraft' | 'templates.draftMap' | 'templates.saveMap';

/** The one draft of a template: started from its latest version, saved as typed, thrown away, and its element map. */
export function draftHandlers(parts: TemplateParts): Pick<ApiHandlers, DraftMethods> {
  const { ctx, library, drafts, versions } = parts;
  const inTransaction = <T>(fn: () => T): T => ctx.db.transaction(fn)();

  return {
    'templates.startDraft': ({ templateId }) =>
      inTransaction(() => {
        requireEditable(parts, templateId);
        if (!drafts.get(templateId)) {
          // Editing a published version starts the next draft from it; the version itself never changes.
          const latest = versions.latest(templateId);
          const content = latest && parts.repos.templates.getVersion(latest.id)!.content;
          if (!latest || !content) throw new ApiError('conflict', 'This template has nothing published to start a draft from.');
          drafts.insert(templateId, latest.id, content, ctx.now());
        }
        return loadDetail(parts, templateId);
      }),

    'templates.saveDraft': ({ templateId, content }) =>
      inTransaction(() => {
        requireEditable(parts, templateId);
        const at = ctx.now();
        if (!drafts.saveContent(templateId, content, at)) requireDraft(parts, templateId);
        // A template not yet published is listed under the name its draft has.
        if (!versions.latest(templateId) && typeof content.name === 'string' && content.name.trim()) library.rename(templateId, content.name.trim().slice(0, 500));
        const checked = validateTemplate(content);
        return { savedAt: at, errors: checked.ok ? [] : checked.errors };
      }),

    'templates.discardDraft': ({ templateId }) =>
      inTransaction(() => {
        requireEditable(parts, templateId);
        requireDraft(parts, templateId);
        drafts.remove(templateId);
        return { removed: library.removeUnpublished(templateId) ? ('template' as const) : ('draft' as const) };
      }),

    'templates.draftMap': ({ templateId }) => draftMapView(resolveDraft(parts, requireDraft(parts, templateId))),

    'templates.saveMap': ({ templateId, map }) =>
      inTransaction(() => {
        requireEditable(parts, templateId);
        const draft = requireDraft(parts, templateId);
        // An edited map is checked as sent: a contradiction is the person's to fix, not ours to guess.
        const { base, definition } = resolveDraft(parts, draft);
        if (map && base && definition) {
          const checked = validateElementMap(map, base.content, definition);
          if (!checked.ok) refuseErrors('The element map', checked.errors);
        }
        const savedAt = ctx.now();
        drafts.saveMap(templateId, map, savedAt);
        return { ...draftMapView(resolveDraft(parts, requireDraft(parts, templateId))), savedAt };
      }),
  };
}
