import { z } from 'zod';
import { TemplateSection } from '../schemas/template';
import { fieldError, fromZodIssue, type FieldError } from './field-errors';
import type { TemplateDefinition } from './definition';

const Key = TemplateSection.shape.id;

/** Why an entry is what it is: proposed from keys or wording, or set by a person. */
export const MapBasis = z.enum(['same_key', 'similar_label', 'contained_label', 'unmatched', 'edited']);
export type MapBasis = z.infer<typeof MapBasis>;

/**
 * How one element of a version continues in the next: the same element
 * (perhaps reworded or re-keyed), split into several, several merged into
 * one, new, or removed. Reports use it to carry a trend across versions.
 */
export const ElementMapEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('same'), from: Key, to: Key, basis: MapBasis.optional() }),
  z.object({ kind: z.literal('split'), from: Key, to: z.array(Key).min(2), basis: MapBasis.optional() }),
  z.object({ kind: z.literal('merged'), from: z.array(Key).min(2), to: Key, basis: MapBasis.optional() }),
  z.object({ kind: z.literal('new'), to: Key, basis: MapBasis.optional() }),
  z.object({ kind: z.literal('removed'), from: Key, basis: MapBasis.optional() }),
]);
export type ElementMapEntry = z.infer<typeof ElementMapEntry>;

export const ElementMap = z.object({ entries: z.array(ElementMapEntry) });
export type ElementMap = z.infer<typeof ElementMap>;

/** The older version's element ids an entry covers. */
export const sourcesOf = (entry: ElementMapEntry): string[] =>
  entry.kind === 'new' ? [] : typeof entry.from === 'string' ? [entry.from] : entry.from;

/** The newer version's element ids an entry covers. */
export const targetsOf = (entry: ElementMapEntry): string[] =>
  entry.kind === 'removed' ? [] : typeof entry.to === 'string' ? [entry.to] : entry.to;

export type ElementMapValidation = { ok: true; map: ElementMap } | { ok: false; errors: FieldError[] };

const labelsOf = (template: TemplateDefinition) => new Map(template.sections.flatMap((s) => s.elements.map((e) => [e.id, e.label] as const)));

/**
 * Checks a map (as proposed, or as a person edited it) between two versions:
 * every element of each version accounted for exactly once, every id real.
 * Errors point at the entry to fix, or name the element left out.
 */
export function validateElementMap(input: unknown, before: TemplateDefinition, after: TemplateDefinition): ElementMapValidation {
  const parsed = ElementMap.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(fromZodIssue) };
  const errors: FieldError[] = [];
  const sides = [
    { labels: labelsOf(before), ids: sourcesOf, field: 'from', version: 'older' },
    { labels: labelsOf(after), ids: targetsOf, field: 'to', version: 'newer' },
  ] as const;
  for (const side of sides) {
    const usedBy = new Map<string, number>();
    parsed.data.entries.forEach((entry, i) => {
      const raw = (entry as Record<string, unknown>)[side.field];
      side.ids(entry).forEach((id, j) => {
        const path = Array.isArray(raw) ? ['entries', i, side.field, j] : ['entries', i, side.field];
        const earlier = usedBy.get(id);
        if (!side.labels.has(id)) errors.push(fieldError(path, `"${id}" is not an element of the ${side.version} version`));
        else if (earlier !== undefined) errors.push(fieldError(path, `"${id}" is already mapped by entries[${earlier}]`));
        else usedBy.set(id, i);
      });
    });
    for (const [id, label] of side.labels)
      if (!usedBy.has(id))
        errors.push(fieldError(['entries'], `"${label}" (${id}) of the ${side.version} version is not mapped: say whether it continues, was split, merged, ${side.version === 'older' ? 'or removed' : 'or is new'}`));
  }
  return errors.length ? { ok: false, errors } : { ok: true, map: parsed.data };
}
