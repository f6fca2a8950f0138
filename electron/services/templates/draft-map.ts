import type { DraftMapView } from '../../../shared/api/templates';
import type { TemplateVersion } from '../../../shared/schemas/template';
import type { TemplateDefinition } from '../../../shared/templates/definition';
import { ElementMap, validateElementMap } from '../../../shared/templates/element-map';
import type { FieldError } from '../../../shared/templates/field-errors';
import { proposeElementMap } from '../../../shared/templates/propose-element-map';
import { reconcileMap } from '../../../shared/templates/reconcile-map';
import { validateTemplate } from '../../../shared/templates/validate';
import type { TemplateParts } from './parts';
import type { StoredDraft } from './store/drafts';

/** A draft with what publishing it needs: the version it continues, itself when valid, and the element map between them. */
export interface ResolvedDraft {
  base: TemplateVersion | null;
  definition: TemplateDefinition | null;
  draftErrors: FieldError[];
  map: ElementMap | null;
  /** True while nobody edited the map: it follows the draft. */
  proposed: boolean;
  mapErrors: FieldError[];
}

/**
 * The element map of a draft: the proposal while nobody edited it, else the
 * edited map brought up to date with the draft (reconcileMap), checked.
 */
export function resolveDraft(parts: TemplateParts, draft: StoredDraft): ResolvedDraft {
  const base = draft.baseVersionId ? parts.repos.templates.getVersion(draft.baseVersionId) : null;
  const checked = validateTemplate(draft.content);
  const definition = checked.ok ? checked.template : null;
  const draftErrors = checked.ok ? [] : checked.errors;
  if (!base || !definition) return { base, definition, draftErrors, map: null, proposed: draft.elementMap === null, mapErrors: [] };
  const edited = draft.elementMap === null ? null : ElementMap.safeParse(draft.elementMap);
  const map = edited?.success ? reconcileMap(edited.data, base.content, definition) : proposeElementMap(base.content, definition);
  const validation = validateElementMap(map, base.content, definition);
  return { base, definition, draftErrors, map, proposed: !edited?.success, mapErrors: validation.ok ? [] : validation.errors };
}

const elementsOf = (template: TemplateDefinition) => template.sections.flatMap((s) => s.elements.map((e) => ({ id: e.id, label: e.label, sectionTitle: s.title })));

export function draftMapView(resolved: ResolvedDraft): DraftMapView {
  return {
    baseVersionId: resolved.base?.id ?? null,
    map: resolved.map,
    proposed: resolved.proposed,
    errors: resolved.mapErrors,
    before: resolved.base ? elementsOf(resolved.base.content) : [],
    after: resolved.definition ? elementsOf(resolved.definition) : [],
  };
}
