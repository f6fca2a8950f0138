import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../../../shared/stats/agreement/cohen-kappa';
import { fleissKappa } from '../../../shared/stats/agreement/fleiss-kappa';
import { gwetAc1 } from '../../../shared/stats/agreement/gwet-ac1';
import { krippendorffAlpha } from '../../../shared/stats/agreement/krippendorff-alpha';
import { percentAgreement } from '../../../shared/stats/agreement/percent-agreement';
import { tally } from '../../../shared/stats/agreement/ratings';
import {
  ABSTRACTORS_CATEGORIES,
  abstractorsAsUnits,
  FLEISS_1971_DIAGNOSES,
  KRIPPENDORFF_2011,
  SIX_RATERS_DISTRIBUTION,
  unitsFromCounts,
} from './datasets';

const FIVE = [1, 2, 3, 4, 5];

describe("Fleiss' kappa", () => {
  it('Fleiss (1971), Table 1: 30 patients, 6 psychiatrists, 5 diagnoses → κ = .430 (statsmodels: 0.43024452006014074)', () => {
    const k = fleissKappa(tally({ categories: FIVE, units: FLEISS_1971_DIAGNOSES }));
    expect(k.value).toBeCloseTo(0.43, 3);
    expect(k.value).toBeCloseTo(0.43024452006014074, 13);
    expect(k.units).toBe(30);
  });

  it('Gwet (2014), distrib.6raters (irrCAC fleiss.kappa.dist): 0.4139265', () => {
    expect(fleissKappa(tally({ categories: FIVE, units: unitsFromCounts(SIX_RATERS_DISTRIBUTION) })).value).toBeCloseTo(0.4139265, 7);
  });

  it("with missing ratings, Gwet's generalisation: cac.raw4raters (irrCAC fleiss.kappa.raw) 0.76117, p_e 0.2387153", () => {
    expect(fleissKappa(tally({ categories: FIVE, units: KRIPPENDORFF_2011 }))).toEqual({ value: expect.closeTo(0.7611692754224112, 12), units: 11, reason: null });
  });
});

describe("Gwet's AC1", () => {
  it('Gwet (2014), cac.raw4raters with missing ratings (irrCAC gwet.ac1.raw): AC1 = 0.77544, p_a 0.8181818, p_e 0.1903212', () => {
    expect(gwetAc1(tally({ categories: FIVE, units: KRIPPENDORFF_2011 })).value).toBeCloseTo(0.775444068126995, 12);
  });

  it('Gwet (2014), distrib.6raters (irrCAC gwet.ac1.dist): 0.4448007', () => {
    expect(gwetAc1(tally({ categories: FIVE, units: unitsFromCounts(SIX_RATERS_DISTRIBUTION) })).value).toBeCloseTo(0.4448007, 7);
  });

  it('Gwet (2014), two abstractors, cont3x3abstractors (irrCAC gwet.ac1.table): 0.8493305', () => {
    expect(gwetAc1(tally({ categories: ABSTRACTORS_CATEGORIES, units: abstractorsAsUnits() })).value).toBeCloseTo(0.8493305482313461, 12);
  });
});

describe("Cohen's kappa", () => {
  it('Gwet (2014), cont3x3abstractors (irrCAC kappa2.table): κ = 0.7964094 over 100 units; statsmodels agrees', () => {
    const k = cohenKappa({ categories: ABSTRACTORS_CATEGORIES, units: abstractorsAsUnits() });
    expect(k).toEqual({ value: expect.closeTo(0.7964094021839719, 13), units: 100, reason: null });
  });

  it('the SAS PROC FREQ example in statsmodels\' tests (table [[0,4,1],[0,8,0],[0,1,5]]): κ = 0.4842', () => {
    const cells = [[0, 4, 1], [0, 8, 0], [0, 1, 5]];
    const units = cells.flatMap((row, i) => row.flatMap((n, j) => Array.from({ length: n }, () => [i, j])));
    expect(cohenKappa({ categories: [0, 1, 2], units }).value).toBeCloseTo(0.48416289592760187, 13);
  });
});

describe('percent agreement', () => {
  it('cac.raw4raters (irrCAC pa.coeff.raw): 0.8181818 over the 11 units with two ratings or more', () => {
    expect(percentAgreement(tally({ categories: FIVE, units: KRIPPENDORFF_2011 }))).toEqual({ value: expect.closeTo(9 / 11, 14), units: 11, reason: null });
  });

  it('two abstractors agree on 89 of 100 (irrCAC pa2.table: 0.89)', () => {
    expect(percentAgreement(tally({ categories: ABSTRACTORS_CATEGORIES, units: abstractorsAsUnits() })).value).toBeCloseTo(0.89, 14);
  });
});

describe("Krippendorff's alpha", () => {
  const data = tally({ categories: FIVE, units: KRIPPENDORFF_2011 });

  it('Krippendorff (2011), 4 observers × 12 units with missing data: nominal α = .743 (irrCAC krippen.alpha.raw: 0.74342)', () => {
    expect(krippendorffAlpha(data, 'nominal')).toEqual({ value: expect.closeTo(0.743421052631579, 13), units: 11, reason: null });
  });

  it('the same data, ordinal metric: α = .815 (fast-krippendorff test suite: 0.815)', () => {
    expect(krippendorffAlpha(data, 'ordinal').value).toBeCloseTo(0.8153875037548814, 12);
  });

  it('the same data, interval metric: α = .849', () => {
    expect(krippendorffAlpha(data, 'interval').value).toBeCloseTo(0.8491071428571428, 12);
  });

  it('two abstractors (irrCAC krippen2.table): 0.7972585, and distrib.6raters (krippen.alpha.dist): 0.4204384', () => {
    expect(krippendorffAlpha(tally({ categories: ABSTRACTORS_CATEGORIES, units: abstractorsAsUnits() }), 'nominal').value).toBeCloseTo(0.7972584977308512, 12);
    expect(krippendorffAlpha(tally({ categories: FIVE, units: unitsFromCounts(SIX_RATERS_DISTRIBUTION) }), 'nominal').value).toBeCloseTo(0.4204384, 7);
  });

  it('orders categories as listed, not by value, for ordinal alpha', () => {
    const units = [[1, 2], [2, 3], [3, 3], [1, 1]];
    const asNumbers = krippendorffAlpha(tally({ categories: [1, 2, 3], units }), 'ordinal').value;
    const relabelled = krippendorffAlpha(
      tally({ categories: ['low', 'mid', 'high'], units: units.map((row) => row.map((v) => ['low', 'mid', 'high'][v - 1]!)) }),
      'ordinal',
    ).value;
    expect(relabelled).toBeCloseTo(asNumbers!, 14);
  });
});
