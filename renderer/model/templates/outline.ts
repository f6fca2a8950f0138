import type { BuilderTemplate } from './draft-model';

/** One row of the builder's outline: a section, or an element inside one. */
export type OutlineItem = { kind: 'section'; section: number; number: string } | { kind: 'element'; section: number; element: number; number: string };

/** The outline in reading order, numbered as the scoring screen numbers elements ("2", "2.3"). */
export function outlineOf(template: BuilderTemplate): OutlineItem[] {
  return template.sections.flatMap((section, s): OutlineItem[] => [
    { kind: 'section', section: s, number: `${s + 1}` },
    ...section.elements.map((_, e): OutlineItem => ({ kind: 'element', section: s, element: e, number: `${s + 1}.${e + 1}` })),
  ]);
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
