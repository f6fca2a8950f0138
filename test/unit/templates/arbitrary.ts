// fast-check generators of valid template definitions, covering every option the format has.
import fc from 'fast-check';
import type { TemplateDefinitionInput } from '../../../shared/templates/definition';

type ElementInput = TemplateDefinitionInput['sections'][number]['elements'][number];

// Text with surrounding spaces, accents, emoji and quotes: labels are trimmed on the way in, and must survive JSON.
const text = (maxLength: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength }).filter((s) => s.trim().length > 0 && s.trim().length <= maxLength);
const key = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const positive = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0.001, max: 1000, noNaN: true, noDefaultInfinity: true }));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const common = {
  label: text(60),
  guidance: optional(text(200)),
  points: positive,
  allowNotApplicable: fc.boolean(),
  critical: fc.constantFrom('none', 'section', 'scorecard'),
  commentRequiredWhen: fc.constantFrom('never', 'not_fully_met', 'always'),
} as const;

const checkElement = fc.record({ kind: fc.constant('check'), ...common }, { requiredKeys: ['kind', 'label', 'points', 'allowNotApplicable', 'critical', 'commentRequiredWhen'] });

const scaleElement = fc
  .record({ min: fc.integer({ min: 0, max: 4 }), span: fc.integer({ min: 1, max: 6 }), withMin: fc.boolean() })
  .chain(({ min, span, withMin }) =>
    fc.record(
      {
        kind: fc.constant('scale'),
        ...common,
        ...(withMin ? { min: fc.constant(min) } : {}),
        max: fc.constant((withMin ? min : 0) + span),
        scaleLabels: fc.array(text(20), { minLength: span + 1, maxLength: span + 1 }),
      },
      { requiredKeys: ['kind', 'label', 'points', 'allowNotApplicable', 'critical', 'commentRequiredWhen', 'max', 'scaleLabels', ...(withMin ? (['min'] as const) : [])] },
    ),
  );

/** Bands that tile 0–100: cut points, each boundary owned by exactly one side. */
const bands = fc
  .uniqueArray(fc.double({ min: 0.5, max: 99.5, noNaN: true }), { maxLength: 4 })
  .chain((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    return fc.tuple(fc.array(fc.boolean(), { minLength: sorted.length, maxLength: sorted.length }), fc.uniqueArray(key, { minLength: sorted.length + 1, maxLength: sorted.length + 1 }), fc.uniqueArray(text(30), { minLength: sorted.length + 1, maxLength: sorted.length + 1, selector: (s) => s.trim() })).map(([lowerOwns, ids, labels]) =>
      ids.map((id, i) => ({
        id,
        label: labels[i]!,
        from: i === 0 ? 0 : sorted[i - 1]!,
        fromInclusive: i === 0 ? true : !lowerOwns[i - 1]!,
        to: i === sorted.length ? 100 : sorted[i]!,
        toInclusive: i === sorted.length ? true : lowerOwns[i]!,
      })),
    );
  });

export const validTemplate: fc.Arbitrary<TemplateDefinitionInput> = fc
  .record({
    name: text(80),
    description: optional(text(300)),
    shape: fc.array(fc.array(fc.oneof(checkElement, scaleElement), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    sectionTitles: fc.array(text(40), { minLength: 4, maxLength: 4 }),
    weights: fc.option(fc.array(positive, { minLength: 4, maxLength: 4 }), { nil: undefined }),
    bands,
    target: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
    naBand: fc.nat(),
    keys: fc.uniqueArray(key, { minLength: 20, maxLength: 20 }),
  })
  .map(({ name, description, shape, sectionTitles, weights, bands, target, naBand, keys }) => {
    let next = 0;
    return {
      name,
      ...(description === undefined ? {} : { description }),
      sections: shape.map((elements, i) => ({
        id: keys[next++]!,
        title: sectionTitles[i]!,
        ...(weights ? { weight: weights[i]! } : {}),
        elements: elements.map((element) => ({ ...element, id: keys[next++]! }) as ElementInput),
      })),
      bands,
      target,
      notApplicableBandId: bands[naBand % bands.length]!.id,
    };
  });
