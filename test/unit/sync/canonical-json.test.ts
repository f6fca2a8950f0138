import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalForm, canonicalJson } from '../../../shared/util/canonical-json';

/** The definition canonical JSON had from the start: a sorted copy of everything, then JSON.stringify. */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortedCopy(v);
    }
    return out;
  }
  return value;
}
const reference = (value: unknown) => JSON.stringify(sortedCopy(value));

/** JSON-like values with keys in any order, integer-like keys, non-ASCII text, undefined members and array items. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, undefined, 0, -1.5, 1e21, Number.NaN),
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('10', '9', '1', 'a', 'B', 'é', 'contentHash', '__proto__', 'toJSON')), tie('value'), {
      maxKeys: 6,
    }),
  ),
})).value;

describe('canonical JSON', () => {
  it('writes exactly what a sorted copy of everything writes, whatever the key order (fast-check)', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
        // Parsed back, the text is its own canonical form, and is used as it is.
        const text = canonicalJson(value);
        if (text !== undefined) expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('uses a part already in order as it is, and sorts only what is not', () => {
    const template = { content: { a: 1, b: [{ x: 1, y: 2 }] }, id: 't' };
    const doc = { z: 1, template, a: { d: 1, c: 2 } };
    const sorted = canonicalForm(doc) as typeof doc;
    expect(Object.keys(sorted)).toEqual(['a', 'template', 'z']);
    expect(sorted.template).toBe(template);
    expect(Object.keys(sorted.a)).toEqual(['c', 'd']);
    expect(canonicalForm(JSON.parse(canonicalJson(doc)))).toEqual(sorted);
  });

  it('drops an own __proto__ member wherever it sorts, as the sorted copy did, however the object was made', () => {
    for (const text of ['{"__proto__":{"x":1},"a":1}', '{"a":1,"__proto__":{"x":1}}', '{"b":{"__proto__":5}}', '{"__proto__":null}']) {
      const parsed = JSON.parse(text) as unknown;
      expect(canonicalJson(parsed)).toBe(reference(parsed));
      expect(canonicalJson(parsed)).not.toContain('__proto__');
    }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(canonicalJson({ z: bare })).toBe('{"z":{"a":1}}');
  });

  it('writes an array by its items even when it has a toJSON of its own', () => {
    const list = Object.assign([1, { b: 2, a: 1 }], { toJSON: () => 'not this' });
    expect(canonicalJson({ list })).toBe(reference({ list }));
    expect(canonicalJson({ list })).toBe('{"list":[1,{"a":1,"b":2}]}');
  });

  it('writes a Date, a Map and undefined members as the sorted copy did: an object of its own keys, members left out', () => {
    const odd = { when: new Date(0), map: new Map([['k', 1]]), gone: undefined, list: [undefined, () => 1] };
    expect(canonicalJson(odd)).toBe(reference(odd));
    expect(canonicalJson(odd)).toBe('{"list":[null,null],"map":{},"when":{}}');
  });
});
