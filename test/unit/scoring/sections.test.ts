import { describe, expect, it } from 'vitest';
import { scoreScorecard } from '../../../shared/scoring';
import { answers, check, ratio, section, template } from './build';

// Rule 2: a section scores over its applicable elements only.
describe('section scores', () => {
  const t = template([
    section('a', [check('a1'), check('a2'), check('a3', { allowNotApplicable: true }), check('a4')]),
    section('b', [check('b1', { allowNotApplicable: true }), check('b2', { allowNotApplicable: true })]),
  ]);

  it('score earned over possible among applicable elements, with counts', () => {
    const [a] = scoreScorecard(t, answers({ a1: 'met', a2: 'met', a3: 'na', a4: 'not_met', b1: 'met', b2: 'met' })).sections;
    expect(a).toMatchObject({ sectionId: 'a', answered: 4, total: 4, bandId: 'does-not-meet', criticalFailElementId: null });
    expect(ratio(a?.percentage?.exact)).toBe('200/3');
    expect(a?.percentage?.rounded).toBe(66.7);
  });

  it('a section with nothing applicable has no percentage, gets the not-applicable band and does not count overall', () => {
    const result = scoreScorecard(t, answers({ a1: 'met', a2: 'met', a3: 'met', a4: 'not_met', b1: 'na', b2: 'na' }));
    const b = result.sections[1];
    expect(b).toMatchObject({ sectionId: 'b', percentage: null, bandId: 'meets', answered: 2, total: 2 });
    expect(ratio(b?.possiblePoints)).toBe('0/1');
    expect(ratio(result.overall?.exact)).toBe('75/1');
  });

  it('uses the template’s own not-applicable band', () => {
    const exceedsWhenNothing = template(t.sections, { notApplicableBandId: 'exceeds' });
    const result = scoreScorecard(exceedsWhenNothing, answers({ a1: 'met', a2: 'met', a3: 'met', a4: 'met', b1: 'na', b2: 'na' }));
    expect(result.sections[1]?.bandId).toBe('exceeds');
  });
});

// Rule 3: how sections combine.
describe('overall score', () => {
  it('unweighted: total earned over total possible, so bigger sections weigh more', () => {
    const t = template([section('a', [check('a1', { points: 3 })]), section('b', [check('b1')])]);
    const result = scoreScorecard(t, answers({ a1: 'met', b1: 'not_met' }));
    expect(ratio(result.overall?.exact)).toBe('75/1');
  });

  const weighted = (weights: [number, number, number]) =>
    template([
      section('a', [check('a1'), check('a2')], { weight: weights[0] }),
      section('b', [check('b1', { points: 9 })], { weight: weights[1] }),
      section('c', [check('c1', { allowNotApplicable: true })], { weight: weights[2] }),
    ]);

  it('weighted: the weighted mean of section percentages, whatever their points', () => {
    const result = scoreScorecard(weighted([2, 1, 1]), answers({ a1: 'met', a2: 'not_met', b1: 'met', c1: 'met' }));
    // (2 × 50 + 100 + 100) / 4
    expect(ratio(result.overall?.exact)).toBe('75/1');
  });

  it('weighted: re-normalises over sections that have a percentage', () => {
    const result = scoreScorecard(weighted([2, 1, 5]), answers({ a1: 'met', a2: 'not_met', b1: 'met', c1: 'na' }));
    // (2 × 50 + 1 × 100) / 3
    expect(ratio(result.overall?.exact)).toBe('200/3');
    expect(result.overall?.rounded).toBe(66.7);
    expect(result.bandId).toBe('does-not-meet');
  });

  it('weighted: a zero-weight section is shown but does not count', () => {
    const result = scoreScorecard(weighted([1, 0, 1]), answers({ a1: 'met', a2: 'met', b1: 'not_met', c1: 'met' }));
    expect(result.sections[1]?.percentage?.rounded).toBe(0);
    expect(ratio(result.overall?.exact)).toBe('100/1');
  });

  it('weighted: when every counted section weighs 0, falls back to the plain mean rather than hiding the score', () => {
    const result = scoreScorecard(weighted([0, 0, 3]), answers({ a1: 'met', a2: 'not_met', b1: 'met', c1: 'na' }));
    // (50 + 100) / 2: equal weights, even zero ones, count alike.
    expect(ratio(result.overall?.exact)).toBe('75/1');
  });

  it('weighted: nothing applicable anywhere gives no overall and the not-applicable band', () => {
    const t = template([section('a', [check('a1', { allowNotApplicable: true })], { weight: 1 })]);
    const result = scoreScorecard(t, answers({ a1: 'na' }));
    expect(result.overall).toBeNull();
    expect(result.bandId).toBe('meets');
  });
});
