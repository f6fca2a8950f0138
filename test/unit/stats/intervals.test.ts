import { describe, expect, it } from 'vitest';
import { summarise } from '../../../shared/stats/descriptive';
import { meanInterval } from '../../../shared/stats/mean-interval';
import { proportionInterval } from '../../../shared/stats/proportion-interval';
import { SLEEP_DIFFERENCES } from './datasets';

describe('95 % confidence interval for a mean (Student t)', () => {
  it("NIST e-Handbook §1.3.5.2, ZARR13.DAT: n = 195, mean 9.261460, sd 0.022789 → 9.258242 to 9.264679", () => {
    const ci = meanInterval({ n: 195, mean: 9.26146, sd: 0.022789 });
    if (ci.reason !== null) throw new Error(ci.reason);
    // NIST prints the limits from unrounded inputs, so the last digit may differ by one.
    expect(ci.lower).toBeCloseTo(9.258242, 5);
    expect(ci.upper).toBeCloseTo(9.264679, 5);
    expect(ci.df).toBe(194);
  });

  it("Student's (1908) sleep differences: mean 1.58, 95 % from 0.700 to 2.460 (scipy: 0.7001142367452712, 2.459885763254729)", () => {
    const ci = meanInterval(summarise(SLEEP_DIFFERENCES));
    expect(ci.lower).toBeCloseTo(0.7001142367452712, 10);
    expect(ci.upper).toBeCloseTo(2.459885763254729, 10);
    expect(ci).toMatchObject({ n: 10, mean: expect.closeTo(1.58, 12), reason: null });
  });

  it('gives no range, with the reason, for one score or none', () => {
    expect(meanInterval(summarise([80]))).toEqual({
      n: 1,
      mean: 80,
      sd: null,
      lower: null,
      upper: null,
      reason: expect.stringContaining('at least two'),
    });
    expect(meanInterval(summarise([]))).toMatchObject({ n: 0, mean: null, lower: null, reason: 'there are no scores' });
  });

  it('collapses to the mean when every score is equal, and narrows as n grows', () => {
    expect(meanInterval(summarise([70, 70, 70]))).toMatchObject({ lower: 70, upper: 70 });
    const width = (n: number) => {
      const ci = meanInterval({ n, mean: 75, sd: 10 });
      return ci.reason === null ? ci.upper - ci.lower : NaN;
    };
    expect(width(5)).toBeGreaterThan(width(50));
    expect(width(50)).toBeGreaterThan(width(500));
  });
});

describe('95 % Wilson score interval for a proportion', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score, no continuity
  // correction), to four decimals. Cross-checked with statsmodels proportion_confint(method='wilson').
  const NEWCOMBE: [successes: number, trials: number, lower: number, upper: number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  it.each(NEWCOMBE)('%s of %s → %s to %s', (successes, trials, lower, upper) => {
    const ci = proportionInterval(successes, trials);
    expect(ci.lower).toBeCloseTo(lower, 4);
    expect(ci.upper).toBeCloseTo(upper, 4);
    expect(ci.proportion).toBeCloseTo(successes / trials, 15);
  });

  it('matches statsmodels to full precision', () => {
    expect(proportionInterval(81, 263).lower).toBeCloseTo(0.2552885198782742, 13);
    expect(proportionInterval(81, 263).upper).toBeCloseTo(0.36620957698280004, 13);
    expect(proportionInterval(7, 10).lower).toBeCloseTo(0.39677814746114537, 13);
  });

  it('stays inside 0–1 exactly at all or nothing, and says why there is no range for no trials', () => {
    expect(proportionInterval(20, 20)).toMatchObject({ proportion: 1, upper: 1, lower: expect.closeTo(0.8388748419471804, 12) });
    expect(proportionInterval(0, 20).lower).toBe(0);
    expect(proportionInterval(0, 0)).toMatchObject({ proportion: null, lower: null, upper: null, reason: 'nothing was counted' });
  });

  it('refuses counts that are not counts', () => {
    expect(() => proportionInterval(3, 2)).toThrow(RangeError);
    expect(() => proportionInterval(-1, 2)).toThrow(RangeError);
    expect(() => proportionInterval(1.5, 2)).toThrow(RangeError);
    expect(() => proportionInterval(0, -1)).toThrow(RangeError);
  });
});
