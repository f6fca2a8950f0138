import type { TemplateDefinition } from './definition';
import { sourcesOf, targetsOf, type ElementMap } from './element-map';
import { proposeElementMap } from './propose-element-map';

const idsOf = (template: TemplateDefinition) => new Set(template.sections.flatMap((s) => s.elements.map((e) => e.id)));

/** The template with only the elements in `keep` (and the sections that still have some). */
const restrict = (template: TemplateDefinition, keep: ReadonlySet<string>): TemplateDefinition => ({
  ...template,
  sections: template.sections.map((s) => ({ ...s, elements: s.elements.filter((e) => keep.has(e.id)) })).filter((s) => s.elements.length > 0),
});

/**
 * A map a person edited, brought up to date with the draft as it is now: the
 * entries they made are kept wherever every element they name still exists
 * and is named once; the elements left over (added, removed or re-keyed since)
 * are proposed as `proposeElementMap` would. So editing the draft after the
 * map never silently throws the person's choices away, nor leaves it invalid.
 */
export function reconcileMap(edited: ElementMap, before: TemplateDefinition, after: TemplateDefinition): ElementMap {
  const [oldIds, newIds] = [idsOf(before), idsOf(after)];
  const [usedOld, usedNew] = [new Set<string>(), new Set<string>()];
  const kept = edited.entries.filter((entry) => {
    const [from, to] = [sourcesOf(entry), targetsOf(entry)];
    const fits = from.every((id) => oldIds.has(id) && !usedOld.has(id)) && to.every((id) => newIds.has(id) && !usedNew.has(id));
    if (fits) {
      from.forEach((id) => usedOld.add(id));
      to.forEach((id) => usedNew.add(id));
    }
    return fits;
  });
  const left = (ids: Set<string>, used: Set<string>) => new Set([...ids].filter((id) => !used.has(id)));
  const proposed = proposeElementMap(restrict(before, left(oldIds, usedOld)), restrict(after, left(newIds, usedNew)));
  return { entries: [...kept, ...proposed.entries] };
}
