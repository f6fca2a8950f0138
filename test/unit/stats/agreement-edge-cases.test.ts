import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../../../shared/stats/agreement/cohen-kappa';
import { fleissKappa } from '../../../shared/stats/agreement/fleiss-kappa';
import { gwetAc1 } from '../../../shared/stats/agreement/gwet-ac1';
import { krippendorffAlpha } from '../../../shared/stats/agreement/krippendorff-alpha';
import { measureAgreement } from '../../../shared/stats/agreement/measure';
import { percentAgreement } from '../../../shared/stats/agreement/percent-agreement';
import { tally } from '../../../shared/stats/agreement/ratings';
import { KRIPPENDORFF_2011 } from './datasets';

const CHECK = ['met', 'not_met'] as const;

describe('agreement edge cases a calibration session meets', () => {
  it('every rater gives the same answer everywhere: kappa and alpha are undefined with a reason, AC1 is 1', () => {
    const units = Array.from({ length: 20 }, () => ['met', 'met', 'met', 'met']);
    const figures = measureAgreement({ categories: CHECK, units }, { scale: false });
    expect(figures.percent).toEqual({ value: 1, units: 20, reason: null });
    expect(figures.fleissKappa).toEqual({ value: null, units: 20, reason: expect.stringContaining('kappa is undefined') });
    expect(figures.alphaNominal).toMatchObject({ value: null, reason: expect.stringContaining('same value') });
    expect(figures.gwetAc1).toEqual({ value: 1, units: 20, reason: null });
  });

  it('raters agree on every unit but units differ: every coefficient is 1', () => {
    const units = [['met', 'met', 'met'], ['not_met', 'not_met', 'not_met'], ['met', 'met', 'met']];
    const figures = measureAgreement({ categories: CHECK, units }, { scale: false });
    for (const figure of [figures.percent, figures.fleissKappa, figures.gwetAc1, figures.alphaNominal]) expect(figure.value).toBeCloseTo(1, 14);
  });

  it('the kappa paradox: 95 % agreement on a mostly-"met" element gives a low kappa but a high AC1', () => {
    // 2 raters × 40 units: 37 both met, 3 split. Values cross-checked with statsmodels (Cohen) and the Handbook formulas in Python.
    const units = [...Array.from({ length: 37 }, () => ['met', 'met']), ['met', 'not_met'], ['not_met', 'met'], ['met', 'not_met']];
    const figures = measureAgreement({ categories: CHECK, units }, { scale: false });
    expect(figures.percent.value).toBeCloseTo(37 / 40, 14);
    expect(figures.fleissKappa.value).toBeCloseTo(-0.03896103896104052, 12);
    expect(figures.cohenKappa!.value).toBeCloseTo(-0.03448275862068733, 12);
    expect(figures.alphaNominal.value).toBeCloseTo(-0.025974025974025983, 12);
    expect(figures.gwetAc1.value).toBeCloseTo(0.9191647019198383, 12);
  });

  it('only one possible answer: AC1 is undefined, with the reason', () => {
    expect(gwetAc1(tally({ categories: ['met'], units: [['met', 'met']] }))).toEqual({ value: null, units: 1, reason: expect.stringContaining('only one answer') });
  });

  it('a unit rated by one rater only adds no pair: percent agreement and alpha ignore it, the shares of answers use it', () => {
    const base = KRIPPENDORFF_2011.slice(0, 11);
    const withSingle = tally({ categories: [1, 2, 3, 4, 5], units: KRIPPENDORFF_2011 });
    const without = tally({ categories: [1, 2, 3, 4, 5], units: base });
    expect(percentAgreement(withSingle).value).toBe(percentAgreement(without).value);
    expect(krippendorffAlpha(withSingle, 'nominal').value).toBe(krippendorffAlpha(without, 'nominal').value);
    expect(fleissKappa(withSingle).value).not.toBe(fleissKappa(without).value);
  });

  it('no unit rated twice: nothing to compare, said in words', () => {
    const t = tally({ categories: CHECK, units: [['met', null], [null, 'not_met']] });
    for (const figure of [percentAgreement(t), fleissKappa(t), gwetAc1(t), krippendorffAlpha(t, 'nominal')])
      expect(figure).toEqual({ value: null, units: 0, reason: expect.stringContaining('at least two raters') });
    expect(cohenKappa({ categories: CHECK, units: [['met', null], [null, 'not_met']] })).toEqual({ value: null, units: 0, reason: 'no unit was rated by both raters' });
  });

  it('two raters: Cohen is given, counting only units both rated; more raters: it is not', () => {
    const units = [['met', 'met'], ['met', 'not_met'], ['not_met', 'not_met'], ['met', null], ['not_met', 'not_met']];
    const figures = measureAgreement({ categories: CHECK, units }, { scale: false });
    // 4 paired units: p_o = 3/4; rater 1: 2 met, 2 not met; rater 2: 1 met, 3 not met → p_e = 0.5 → κ = 0.5.
    expect(figures.cohenKappa).toEqual({ value: 0.5, units: 4, reason: null });
    expect(measureAgreement({ categories: CHECK, units: [['met', 'met', 'met']] }, { scale: false }).cohenKappa).toBeNull();
    expect(() => cohenKappa({ categories: CHECK, units: [['met', 'met', 'met']] })).toThrow(/two raters/);
  });

  it('scale elements get ordinal and interval alpha; a near miss costs less than a far one', () => {
    const near = measureAgreement({ categories: [0, 1, 2, 3, 4], units: [[3, 4], [2, 2], [0, 0], [4, 4], [1, 1]] }, { scale: true });
    const far = measureAgreement({ categories: [0, 1, 2, 3, 4], units: [[0, 4], [2, 2], [0, 0], [4, 4], [1, 1]] }, { scale: true });
    expect(near.percent.value).toBe(far.percent.value);
    expect(near.alphaInterval!.value!).toBeGreaterThan(far.alphaInterval!.value!);
    expect(near.alphaOrdinal!.value!).toBeGreaterThan(far.alphaOrdinal!.value!);
    expect(measureAgreement({ categories: CHECK, units: [['met', 'met']] }, { scale: false }).alphaInterval).toBeNull();
  });

  it('refuses ratings outside the categories, listed twice, or non-numeric interval data', () => {
    expect(() => tally({ categories: CHECK, units: [['met', 'maybe' as 'met']] })).toThrow(/not one of the categories/);
    expect(() => tally({ categories: ['met', 'met'], units: [] })).toThrow(/listed twice/);
    expect(() => krippendorffAlpha(tally({ categories: CHECK, units: [['met', 'not_met']] }), 'interval')).toThrow(/numeric/);
  });
});
