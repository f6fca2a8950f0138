import { describe, expect, it } from 'vitest';
import { byWorstAgreement, distributionOf, elementAgreement } from '../../../shared/calibration';
import type { TemplateElement } from '../../../shared/schemas/template';

const check: TemplateElement = { id: 'greet', kind: 'check', label: 'Greets the customer', points: 1, allowNotApplicable: false, critical: 'none', commentRequiredWhen: 'never' };
const checkNa: TemplateElement = { ...check, id: 'apology', allowNotApplicable: true };
const scale: TemplateElement = {
  id: 'tone',
  kind: 'scale',
  label: 'Tone',
  points: 3,
  max: 4,
  scaleLabels: ['0', '1', '2', '3', '4'],
  allowNotApplicable: true,
  critical: 'none',
  commentRequiredWhen: 'never',
};

describe('agreement on one element of a calibration call', () => {
  it('four reviewers, three met and one not met: the figures of the published formulas', () => {
    const figures = elementAgreement(check, ['met', 'met', 'met', 'not_met']);
    // Percent agreement (Gwet 2014, eq. 2.9): pairs that agree, 3·2 of 4·3.
    expect(figures.percent.value).toBeCloseTo(0.5, 12);
    // Fleiss (1971): p_e = 0.75² + 0.25² = 0.625, κ = (0.5 − 0.625) / 0.375. statsmodels' fleiss_kappa([[3, 1]]) gives −0.3333.
    expect(figures.fleissKappa.value).toBeCloseTo(-1 / 3, 12);
    // Gwet (2008): q = 2 answers, p_e = (0.75·0.25 + 0.25·0.75) / 1 = 0.375, AC1 = 0.125 / 0.625.
    expect(figures.gwetAc1.value).toBeCloseTo(0.2, 12);
    // Krippendorff (2011): coincidences o(met,met) = 2, o(met,not) = o(not,met) = 1; α = 1 − 3·2 / (3·1 + 1·3) = 0.
    expect(figures.alphaNominal.value).toBeCloseTo(0, 12);
    expect(figures.alphaOrdinal).toBeNull();
    expect(figures.cohenKappa).toBeNull();
  });

  it('everyone agreeing: kappa and alpha undefined with the reason, AC1 and percent agreement 1', () => {
    const figures = elementAgreement(check, ['met', 'met', 'met']);
    expect(figures.percent.value).toBe(1);
    expect(figures.gwetAc1.value).toBe(1);
    expect(figures.fleissKappa).toMatchObject({ value: null, reason: expect.stringContaining('kappa is undefined') });
    expect(figures.alphaNominal).toMatchObject({ value: null, reason: expect.stringContaining('no variation') });
  });

  it('not applicable is an answer reviewers can disagree on, and q counts it for AC1', () => {
    const figures = elementAgreement(checkNa, ['met', 'na', 'met', 'met']);
    expect(figures.percent.value).toBeCloseTo(0.5, 12);
    // q = 3: p_e = (0.75·0.25 + 0.25·0.75 + 0) / 2 = 0.1875, AC1 = (0.5 − 0.1875) / 0.8125.
    expect(figures.gwetAc1.value).toBeCloseTo(0.3125 / 0.8125, 12);
  });

  it('two reviewers: Cohen’s kappa too, and a missing answer leaves no pair', () => {
    expect(elementAgreement(check, ['met', 'not_met']).cohenKappa).not.toBeNull();
    expect(elementAgreement(check, ['met', null]).percent).toMatchObject({ value: null, reason: expect.stringContaining('at least two raters') });
  });

  it('a scale: ordinal and interval alpha read the points alone, not applicable as missing', () => {
    const near = elementAgreement(scale, [3, 4, 3, 'na']);
    const far = elementAgreement(scale, [0, 4, 0, 'na']);
    // Same pattern of agreement by category, so nominal alpha is the same; by distance, 3-against-4 disagrees less.
    expect(near.alphaNominal.value).toBeCloseTo(far.alphaNominal.value!, 12);
    expect(near.alphaOrdinal!.units).toBe(1);
    // With one unit both coincidence matrices have the same shape: interval alpha (δ = (c − k)²) equals nominal's there.
    expect(near.alphaInterval!.value).toBeCloseTo(far.alphaInterval!.value!, 12);
    expect(elementAgreement(scale, [3, 'na', 'na']).alphaOrdinal).toMatchObject({ value: null });
  });

  it('counts each answer in the order the scoring screen offers them', () => {
    expect(distributionOf(checkNa, ['met', 'na', null, 'met'])).toEqual({
      distribution: [
        { value: 'met', label: 'Met', count: 2 },
        { value: 'not_met', label: 'Not met', count: 0 },
        { value: 'na', label: 'Not applicable', count: 1 },
      ],
      unanswered: 1,
    });
  });

  it('orders worst agreement first, elements nobody could compare last, ties in template order', () => {
    const rows = [
      { order: 0, percent: 1 },
      { order: 1, percent: null },
      { order: 2, percent: 0.5 },
      { order: 3, percent: 0.5 },
    ];
    expect([...rows].sort(byWorstAgreement).map((r) => r.order)).toEqual([2, 3, 0, 1]);
  });
});
