import { describe, expect, it } from 'vitest';
import { TemplateDefinition } from '../../../shared/templates/definition';
import { validateElementMap } from '../../../shared/templates/element-map';
import { mapFromSources, mapSources } from '../../../shared/templates/map-sources';
import { proposeElementMap } from '../../../shared/templates/propose-element-map';
import { reconcileMap } from '../../../shared/templates/reconcile-map';
import { check, draft, section } from './build';

const before = TemplateDefinition.parse(draft([section('s', [check('a', 'Greets'), check('b', 'Summarises'), check('c', 'Holds'), check('d', 'Explains')])]));
const after = TemplateDefinition.parse(
  draft([section('s', [check('a1', 'Greets by time'), check('a2', 'Greets by name'), check('b', 'Summarises'), check('cd', 'Holds and explains'), check('e', 'New one')])]),
);

const elementsOf = (t: TemplateDefinition) => t.sections.flatMap((s) => s.elements);
const both = { before: elementsOf(before), after: elementsOf(after) };

describe('the map editor: for each new element, the old ones it continues', () => {
  it('reads sources as same, split, merged, new and removed', () => {
    const map = mapFromSources({ a1: ['a'], a2: ['a'], b: ['b'], cd: ['c', 'd'], e: [] }, both);
    expect(map.entries).toEqual([
      { kind: 'split', from: 'a', to: ['a1', 'a2'], basis: 'edited' },
      { kind: 'same', from: 'b', to: 'b', basis: 'edited' },
      { kind: 'merged', from: ['c', 'd'], to: 'cd', basis: 'edited' },
      { kind: 'new', to: 'e', basis: 'edited' },
    ]);
    expect(validateElementMap(map, before, after).ok).toBe(true);
    expect(mapSources(map)).toEqual({ a1: ['a'], a2: ['a'], b: ['b'], cd: ['c', 'd'], e: [] });
  });

  it('marks an old element nobody continues as removed, and leaves contradictions for the validation to name', () => {
    const map = mapFromSources({ a1: ['a'], a2: [], b: ['a', 'b'] }, both);
    expect(map.entries.filter((e) => e.kind === 'removed').map((e) => (e as { from: string }).from)).toEqual(['c', 'd']);
    const checked = validateElementMap(map, before, after);
    expect(checked.ok ? [] : checked.errors.map((e) => e.message)).toContain('"a" is already mapped by entries[0]');
  });
});

describe('an edited map follows the draft as it changes', () => {
  it('keeps the person’s entries that still fit, and proposes the rest', () => {
    const edited = mapFromSources({ a1: ['a'], a2: ['a'], b: ['b'], cd: ['c', 'd'], e: [] }, both);
    // The draft then loses "a2" and gains "f", worded like the old "Explains".
    const changed = TemplateDefinition.parse(
      draft([section('s', [check('a1', 'Greets by time'), check('b', 'Summarises'), check('cd', 'Holds and explains'), check('e', 'New one'), check('f', 'Explains')])]),
    );
    const reconciled = reconcileMap(edited, before, changed);
    expect(validateElementMap(reconciled, before, changed).ok).toBe(true);
    expect(reconciled.entries).toContainEqual({ kind: 'merged', from: ['c', 'd'], to: 'cd', basis: 'edited' });
    // The split no longer fits (a2 is gone), so "a" and "a1" are proposed afresh; "Explains" was merged, so "f" is new.
    expect(reconciled.entries).toContainEqual({ kind: 'removed', from: 'a', basis: 'unmatched' });
    expect(reconciled.entries).toContainEqual({ kind: 'new', to: 'a1', basis: 'unmatched' });
    expect(reconciled.entries).toContainEqual({ kind: 'new', to: 'f', basis: 'unmatched' });
  });

  it('is the proposal itself when nothing was edited', () => {
    expect(reconcileMap({ entries: [] }, before, after)).toEqual(proposeElementMap(before, after));
  });
});
