import type { BuilderTemplate } from './draft-model';

/** One row of the builder's outline: a section, or an element inside one. */
export type OutlineItem = { kind: 'section'; section: number; number: string } | { kind: 'element'; section: number; element: number; number: string };

const sameItem = (a: OutlineItem, b: OutlineItem) => a.kind === b.kind && a.section === b.section && (a.kind === 'section' || a.element === (b as { element: number }).element);

/**
 * The outline in reading order, numbered as the scoring screen numbers
 * elements ("2", "2.3"). Rows that did not move keep the objects of
 * `previous`, and an outline that did not change is `previous` itself, so
 * typing in a label re-renders one row of a 600-row outline, not all of them.
 */
export function outlineOf(template: BuilderTemplate, previous: readonly OutlineItem[] = []): OutlineItem[] {
  const next = template.sections.flatMap((section, s): OutlineItem[] => [
    { kind: 'section', section: s, number: `${s + 1}` },
    ...section.elements.map((_, e): OutlineItem => ({ kind: 'element', section: s, element: e, number: `${s + 1}.${e + 1}` })),
  ]);
  const kept = next.map((item, i) => (previous[i] && sameItem(previous[i], item) ? previous[i] : item));
  return kept.length === previous.length && kept.every((item, i) => item === previous[i]) ? (previous as OutlineItem[]) : kept;
}

/** Where an item is in the outline after an edit (or the nearest row when it is gone). */
export function indexOf(outline: readonly OutlineItem[], item: Pick<OutlineItem, 'kind' | 'section'> & { element?: number }): number {
  const found = outline.findIndex((o) => o.kind === item.kind && o.section === item.section && (o.kind === 'section' || o.element === item.element));
  return found >= 0 ? found : Math.max(0, Math.min(outline.length - 1, outline.findIndex((o) => o.section === item.section)));
}

/** The path of a field as validation names it, for the item an error belongs to. */
export function itemOfPath(path: readonly (string | number)[]): { section: number; element?: number } | null {
  if (path[0] !== 'sections' || typeof path[1] !== 'number') return null;
  return path[2] === 'elements' && typeof path[3] === 'number' ? { section: path[1], element: path[3] } : { section: path[1] };
}
