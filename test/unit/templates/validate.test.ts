import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { describeFieldError } from '../../../shared/templates/field-errors';
import { validateTemplate } from '../../../shared/templates/validate';
import { check, draft, scale, section } from './build';

/** Every error as `field: message`, the form a screen prints. */
function errorsOf(input: unknown): string[] {
  const result = validateTemplate(input);
  if (result.ok) return [];
  return result.errors.map(describeFieldError);
}

describe('validating a template draft', () => {
  it('accepts the built-in seed template and a draft using every element option', () => {
    expect(validateTemplate(builtinTemplate)).toMatchObject({ ok: true, template: builtinTemplate });
    const rich = draft(
      [
        section('call', [check('greet', 'Greets', { critical: 'section', commentRequiredWhen: 'always' }), scale('tone', 4, { min: 1, critical: 'scorecard' })], { weight: 2 }),
        section('close', [check('bye', 'Says goodbye', { allowNotApplicable: true, points: 0.5 })], { weight: 1 }),
      ],
      { target: 80 },
    );
    const result = validateTemplate(rich);
    expect(result.ok).toBe(true);
    // Defaults are filled in: points 1, no critical, no comment rule.
    if (result.ok) expect(result.template.sections[0]!.elements[1]).toMatchObject({ points: 1, allowNotApplicable: false, commentRequiredWhen: 'never', min: 1 });
  });

  it('returns every problem at once, in the order the template reads, each naming its field', () => {
    const input = draft(
      [
        section('a', [check('x'), check('y', 'Y', { points: 0 }), scale('s', 3, { min: 3 })], { weight: 2 }),
        section('b', []),
        section('a', [check('x'), { kind: 'weird', id: 'z' } as never, scale('t', 4, { scaleLabels: ['a'] })], { weight: -1 }),
      ],
      { target: 120, notApplicableBandId: 'nope', name: ' ' },
    );
    expect(errorsOf(input)).toEqual([
      'name: is required',
      'sections[0].elements[1].points: must be a positive number',
      "sections[0].elements[2].max: must be above the scale's minimum (3)",
      'sections[1].weight: is required because other sections have a weight: give every section a weight, or none',
      'sections[1].elements: a section needs at least one element',
      'sections[2].id: "a" is already the key of sections[0]',
      'sections[2].weight: must be a positive number',
      'sections[2].elements[0].id: "x" is already the key of sections[0].elements[0]',
      'sections[2].elements[1].kind: must be "check" or "scale"',
      'sections[2].elements[2].scaleLabels: needs one label for each point from 0 to 4 (5 labels), not 1',
      'target: must be at most 100',
      'notApplicableBandId: must be the key of one of the bands ("does-not-meet", "meets", "exceeds")',
    ]);
  });

  it('refuses a template with no sections, and anything that is not a template at all', () => {
    expect(errorsOf(draft([]))).toEqual(['sections: a template needs at least one section']);
    expect(errorsOf('hello')).toEqual(['a template must be an object with a name, sections, bands, a target and a not-applicable band']);
    expect(errorsOf({})).toEqual([
      'name: is required',
      'sections: is required',
      'bands: is required',
      'target: is required',
      'notApplicableBandId: is required',
    ]);
  });

  it('refuses points that are zero, negative or not numbers', () => {
    const bad = (points: unknown) => errorsOf(draft([section('s', [check('e', 'E', { points } as never)])]));
    expect(bad(0)).toEqual(['sections[0].elements[0].points: must be a positive number']);
    expect(bad(-2)).toEqual(['sections[0].elements[0].points: must be a positive number']);
    expect(bad('3')).toEqual(['sections[0].elements[0].points: must be a number']);
    expect(bad(Number.NaN)).toEqual(['sections[0].elements[0].points: must be a number']);
  });

  it('refuses weights that are zero, negative or not numbers, and a mix of weighted and unweighted sections', () => {
    const weights = (...ws: unknown[]) => errorsOf(draft(ws.map((w, i) => section(`s${i}`, [check(`e${i}`)], w === undefined ? {} : { weight: w as number }))));
    expect(weights(0, 1)).toEqual(['sections[0].weight: must be a positive number']);
    expect(weights(-1, 1)).toEqual(['sections[0].weight: must be a positive number']);
    expect(weights('two', 1)).toEqual(['sections[0].weight: must be a number']);
    expect(weights(2, undefined, 1)).toEqual(['sections[1].weight: is required because other sections have a weight: give every section a weight, or none']);
    expect(weights(undefined, undefined)).toEqual([]);
    expect(weights(0.5, 1.5)).toEqual([]);
  });

  it('checks a scale: range, one label per point, whole numbers within the answer limit', () => {
    const one = (element: unknown) => errorsOf(draft([section('s', [element as never])]));
    expect(one(scale('e', 5, { min: 1 }))).toEqual([]);
    expect(one(scale('e', 2, { min: 3, scaleLabels: ['a'] }))).toEqual(["sections[0].elements[0].max: must be above the scale's minimum (3)"]);
    expect(one(scale('e', 3, { scaleLabels: ['a', 'b', 'c'] }))).toEqual(['sections[0].elements[0].scaleLabels: needs one label for each point from 0 to 3 (4 labels), not 3']);
    expect(one(scale('e', 11))).toEqual(['sections[0].elements[0].max: must be at most 10']);
    expect(one(scale('e', 2.5))).toEqual(['sections[0].elements[0].max: must be a whole number']);
    expect(one({ ...scale('e', 2), scaleLabels: ['low', '', 'high'] })).toEqual(['sections[0].elements[0].scaleLabels[1]: is required']);
  });

  it('refuses a critical element that cannot fail (a scale with a single point)', () => {
    expect(errorsOf(draft([section('s', [scale('e', 2, { min: 2, critical: 'section', scaleLabels: ['only'] })])]))).toEqual([
      "sections[0].elements[0].critical: a critical element must be able to fail, and a scale with a single point cannot",
      "sections[0].elements[0].max: must be above the scale's minimum (2)",
    ]);
  });

  it('refuses labels over the length limit and keys that are not keys', () => {
    const long = 'x'.repeat(501);
    expect(errorsOf(draft([section('s', [check('e', long)], { title: long })], { name: long }))).toEqual([
      'name: must be at most 500 characters',
      'sections[0].title: must be at most 500 characters',
      'sections[0].elements[0].label: must be at most 500 characters',
    ]);
    expect(errorsOf(draft([section('Welcome!', [check('e')])]))).toEqual([
      'sections[0].id: must be a key of lower-case letters, digits and dashes (up to 64, starting with a letter or digit)',
    ]);
    expect(errorsOf(draft([section('s', [{ ...check('e'), kind: 'check', critical: 'always' } as never])]))).toEqual([
      'sections[0].elements[0].critical: must be "none" or "section" or "scorecard"',
    ]);
  });
});

describe('validating bands over 0–100', () => {
  const band = (id: string, from: number, fromInclusive: boolean, to: number, toInclusive: boolean) => ({ id, label: `Band ${id}`, from, fromInclusive, to, toInclusive });
  const bandErrors = (...bands: ReturnType<typeof band>[]) => errorsOf(draft([section('s', [check('e')])], { bands, notApplicableBandId: bands[0]?.id ?? 'x' }));

  it('accepts the seed bands and bands whose shared boundary belongs to exactly one side', () => {
    expect(bandErrors(band('low', 0, true, 50, true), band('high', 50, false, 100, true))).toEqual([]);
    expect(bandErrors(band('all', 0, true, 100, true))).toEqual([]);
  });

  it('reports a gap, naming the scores that fall in no band', () => {
    expect(bandErrors(band('low', 0, true, 70, false), band('mid', 75, true, 90, true), band('high', 90, false, 100, true))).toEqual([
      'bands[1].from: leaves a gap after "Band low": scores from 70 % to below 75 % are in no band',
    ]);
  });

  it('reports an overlap, and a nested band', () => {
    expect(bandErrors(band('low', 0, true, 70, true), band('high', 60, true, 100, true))).toEqual([
      'bands[1].from: overlaps "Band low": scores from 60 % to 70 % are in both',
    ]);
    expect(bandErrors(band('wide', 0, true, 100, true), band('inner', 40, true, 60, true))).toEqual([
      'bands[1].from: overlaps "Band wide": scores from 40 % to 60 % are in both',
    ]);
  });

  it('reports a boundary that is in both bands or in neither', () => {
    expect(bandErrors(band('low', 0, true, 70, true), band('high', 70, true, 100, true))).toEqual([
      'bands[1].fromInclusive: a score of exactly 70 % is in both "Band low" and "Band high": one of them must exclude it',
    ]);
    expect(bandErrors(band('low', 0, true, 70, false), band('high', 70, false, 100, true))).toEqual([
      'bands[1].fromInclusive: a score of exactly 70 % is in no band: "Band low" or "Band high" must include it',
    ]);
  });

  it('requires the ends at 0 and 100, inclusive, bands in order, non-empty bands and unique keys and labels', () => {
    expect(bandErrors(band('a', 10, true, 100, true))).toEqual(['bands[0].from: the lowest band must start at 0 % (scores below 10 % are in no band)']);
    expect(bandErrors(band('a', 0, false, 100, true))).toEqual(['bands[0].fromInclusive: the lowest band must include 0 % (a score of 0 % is in no band)']);
    expect(bandErrors(band('a', 0, true, 99, true))).toEqual(['bands[0].to: the highest band must end at 100 % (scores above 99 % are in no band)']);
    expect(bandErrors(band('a', 0, true, 100, false))).toEqual(['bands[0].toInclusive: the highest band must include 100 % ("Band a" stops just below it)']);
    expect(bandErrors(band('high', 50, false, 100, true), band('low', 0, true, 50, true))).toEqual(['bands: must be listed from the lowest score to the highest']);
    expect(bandErrors(band('a', 0, true, 50, true), band('b', 60, false, 50, true), band('c', 50, false, 100, true))).toEqual([
      "bands[1].to: must not be below the band's start (60 %)",
    ]);
    expect(bandErrors(band('a', 0, true, 50, true), band('b', 50, false, 50, false), band('c', 50, false, 100, true))).toEqual([
      'bands[1]: holds no score: from 50 % to 50 % with an open end',
    ]);
    expect(bandErrors(band('a', 0, true, 50, false), { ...band('a', 50, true, 100, true), label: 'Band a' })).toEqual([
      'bands[1].id: "a" is already the key of bands[0]',
      'bands[1].label: "Band a" is already the label of bands[0]',
    ]);
    expect(bandErrors()).toEqual(['bands: a template needs at least one band']);
  });

  it('still checks the bands when the rest of the template has errors', () => {
    expect(
      errorsOf(draft([section('s', [check('e', 'E', { points: -1 })])], { bands: [band('a', 0, true, 60, true), band('b', 70, true, 100, true)], notApplicableBandId: 'a' })),
    ).toEqual([
      'sections[0].elements[0].points: must be a positive number',
      'bands[1].from: leaves a gap after "Band a": scores above 60 % to below 70 % are in no band',
    ]);
  });
});
