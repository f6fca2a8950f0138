import { sourcesOf, targetsOf, type ElementMap, type ElementMapEntry } from './element-map';

/** For each element of the newer version, the older elements it continues ([] = new). The map editor's view. */
export type MapSources = Record<string, string[]>;

export function mapSources(map: ElementMap): MapSources {
  const sources: MapSources = {};
  for (const entry of map.entries) for (const id of targetsOf(entry)) sources[id] = sourcesOf(entry);
  return sources;
}

/**
 * The map that the editor's choices describe (elements of each version in
 * order), in the newer version's order:
 * an element with no source is new; one with several is a merge of them; an
 * older element that several new ones continue alone was split into them; an
 * older element nobody continues was removed. Choices that contradict each
 * other (an older element both split and merged) are left for
 * `validateElementMap` to name.
 */
export function mapFromSources(sources: MapSources, elements: { before: readonly { id: string }[]; after: readonly { id: string }[] }): ElementMap {
  const newIds = elements.after.map((e) => e.id);
  const of = (id: string) => [...new Set(sources[id] ?? [])];
  const continuedAlone = new Map<string, string[]>();
  for (const id of newIds) {
    const from = of(id);
    if (from.length === 1) continuedAlone.set(from[0]!, [...(continuedAlone.get(from[0]!) ?? []), id]);
  }
  const entries: ElementMapEntry[] = [];
  for (const id of newIds) {
    const from = of(id);
    if (from.length === 0) entries.push({ kind: 'new', to: id, basis: 'edited' });
    else if (from.length > 1) entries.push({ kind: 'merged', from, to: id, basis: 'edited' });
    else {
      const parts = continuedAlone.get(from[0]!)!;
      if (parts.length === 1) entries.push({ kind: 'same', from: from[0]!, to: id, basis: 'edited' });
      else if (parts[0] === id) entries.push({ kind: 'split', from: from[0]!, to: parts, basis: 'edited' });
    }
  }
  const continued = new Set(newIds.flatMap(of));
  for (const { id } of elements.before) if (!continued.has(id)) entries.push({ kind: 'removed', from: id, basis: 'edited' });
  return { entries };
}
