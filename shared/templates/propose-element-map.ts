import type { DefinitionElement, TemplateDefinition } from './definition';
import { targetsOf, type ElementMap, type ElementMapEntry } from './element-map';
import { containedIn, labelProfile, labelSimilarity, similarityBound, type LabelProfile } from './label-similarity';

/** Labels at least this alike (Dice on character pairs) are proposed as the same element re-keyed. */
const SIMILAR = 0.7;
/** A label whose words are at least this much inside another's is proposed as split out of it, or merged into it. */
const CONTAINED = 0.8;

const elementsOf = (template: TemplateDefinition): DefinitionElement[] => template.sections.flatMap((s) => s.elements);

/**
 * A first map from one version to the next, for a person to confirm or edit:
 * elements keeping their key are the same; of the rest, closely worded pairs
 * are the same element re-keyed; an old element whose words hold several new
 * ones was split, several old ones inside one new one were merged; what is
 * left is new or removed. Each entry says which of these made it.
 */
export function proposeElementMap(before: TemplateDefinition, after: TemplateDefinition): ElementMap {
  const olds = elementsOf(before);
  const news = elementsOf(after);
  const oldIds = new Set(olds.map((e) => e.id));
  const entries: ElementMapEntry[] = news.filter((e) => oldIds.has(e.id)).map((e) => ({ kind: 'same', from: e.id, to: e.id, basis: 'same_key' }));
  const newIds = new Set(news.map((e) => e.id));
  let oldLeft = olds.filter((e) => !newIds.has(e.id));
  let newLeft = news.filter((e) => !oldIds.has(e.id));
  const profiles = new Map<DefinitionElement, LabelProfile>([...oldLeft, ...newLeft].map((e) => [e, labelProfile(e.label)]));
  const profile = (e: DefinitionElement) => profiles.get(e)!;

  // Pairs grouped by similarity, so the best are taken first without sorting every pair
  // (a re-keyed 600-element template has 360 000); within a group, in template order.
  const bySimilarity = new Map<number, [DefinitionElement, DefinitionElement][]>();
  for (const o of oldLeft)
    for (const n of newLeft) {
      if (similarityBound(profile(o), profile(n)) < SIMILAR) continue;
      const similarity = labelSimilarity(profile(o), profile(n));
      if (similarity < SIMILAR) continue;
      const group = bySimilarity.get(similarity);
      if (group) group.push([o, n]);
      else bySimilarity.set(similarity, [[o, n]]);
    }
  const pairs = [...bySimilarity.keys()].sort((a, b) => b - a).flatMap((similarity) => bySimilarity.get(similarity)!);
  const paired = new Set<DefinitionElement>();
  for (const [o, n] of pairs) {
    if (paired.has(o) || paired.has(n)) continue;
    paired.add(o).add(n);
    entries.push({ kind: 'same', from: o.id, to: n.id, basis: 'similar_label' });
  }
  oldLeft = oldLeft.filter((e) => !paired.has(e));
  newLeft = newLeft.filter((e) => !paired.has(e));

  for (const o of oldLeft) {
    const parts = newLeft.filter((n) => containedIn(profile(n), profile(o)) >= CONTAINED);
    if (parts.length < 2) continue;
    entries.push({ kind: 'split', from: o.id, to: parts.map((n) => n.id), basis: 'contained_label' });
    parts.forEach((n) => paired.add(n));
    paired.add(o);
    newLeft = newLeft.filter((e) => !paired.has(e));
  }
  oldLeft = oldLeft.filter((e) => !paired.has(e));
  for (const n of newLeft) {
    const parts = oldLeft.filter((o) => containedIn(profile(o), profile(n)) >= CONTAINED);
    if (parts.length < 2) continue;
    entries.push({ kind: 'merged', from: parts.map((o) => o.id), to: n.id, basis: 'contained_label' });
    parts.forEach((o) => paired.add(o));
    paired.add(n);
    oldLeft = oldLeft.filter((e) => !paired.has(e));
  }

  for (const n of newLeft) if (!paired.has(n)) entries.push({ kind: 'new', to: n.id, basis: 'unmatched' });
  for (const o of oldLeft) entries.push({ kind: 'removed', from: o.id, basis: 'unmatched' });

  // In the order the new version reads, removals last in the old version's order.
  const newOrder = new Map(news.map((e, i) => [e.id, i]));
  const oldOrder = new Map(olds.map((e, i) => [e.id, i]));
  const rank = (entry: ElementMapEntry) =>
    entry.kind === 'removed' ? news.length + (oldOrder.get(entry.from) ?? 0) : (newOrder.get(targetsOf(entry)[0]!) ?? 0);
  return { entries: entries.sort((a, b) => rank(a) - rank(b)) };
}
