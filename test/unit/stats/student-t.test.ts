import { describe, expect, it } from 'vitest';
import { inverseRegularizedIncompleteBeta, logGamma, regularizedIncompleteBeta } from '../../../shared/stats/incomplete-beta';
import { studentTCdf, studentTQuantile, studentTTwoSided } from '../../../shared/stats/student-t';

describe('Student t quantiles', () => {
  // NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2, "Critical Values of the
  // Student's t Distribution" (upper-tail probabilities 0.05, 0.025, 0.005, 0.0005), three decimals.
  const NIST: [df: number, p: number, t: number][] = [
    [1, 0.975, 12.706], [2, 0.975, 4.303], [3, 0.975, 3.182], [4, 0.975, 2.776], [5, 0.975, 2.571],
    [10, 0.975, 2.228], [20, 0.975, 2.086], [30, 0.975, 2.042], [100, 0.975, 1.984],
    [1, 0.95, 6.314], [10, 0.95, 1.812], [30, 0.95, 1.697],
    [1, 0.995, 63.657], [5, 0.995, 4.032], [10, 0.9995, 4.587], [100, 0.9995, 3.390],
  ];
  it.each(NIST)('ν = %s, p = %s matches the NIST table (%s)', (df, p, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 3);
  });

  it('is exact where the distribution has a closed form (ν = 1: tan, ν = 2: algebraic)', () => {
    for (const p of [0.6, 0.9, 0.975, 0.9995]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 9);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 11);
    }
  });

  it('agrees with scipy.stats.t.ppf on fractional and large ν and near the centre', () => {
    // scipy 1.10.1, scipy.stats.t.ppf(p, df).
    expect(studentTQuantile(0.975, 2.5)).toBeCloseTo(3.5746548420118773, 8);
    expect(studentTQuantile(0.975, 0.5)).toBeCloseTo(164.55767352096103, 6);
    expect(studentTQuantile(0.6, 2.5)).toBeCloseTo(0.2814595125866358, 8);
    expect(studentTQuantile(0.6, 100)).toBeCloseTo(0.25402218245699415, 8);
    expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.9623390808264074, 9);
    expect(studentTQuantile(0.975, 194)).toBeCloseTo(1.972267532579456, 9);
    // ν → ∞ tends to the normal quantile 1.959964.
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
  });

  it('has its edges and refuses nonsense', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0, 7)).toBe(-Infinity);
    expect(studentTQuantile(1, 7)).toBe(Infinity);
    expect(() => studentTQuantile(1.2, 7)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/degrees of freedom/);
    expect(() => studentTQuantile(0.9, Infinity)).toThrow(RangeError);
  });
});

describe('Student t distribution function', () => {
  it('agrees with scipy.stats.t.cdf', () => {
    const cases: [number, number, number][] = [
      [2.0, 5, 0.9490302605850709],
      [-1.5, 3, 0.11529193262241141],
      [0.3, 1, 0.5927735790777423],
      [10, 2, 0.9950737714883371],
      [-40, 7, 7.951089992425214e-10],
    ];
    for (const [t, df, p] of cases) expect(studentTCdf(t, df) / p).toBeCloseTo(1, 12);
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
  });

  it('keeps the digits of a tiny two-sided p-value (NIST AUTO83B, Welch: p = 1.571e-25 in scipy)', () => {
    expect(studentTTwoSided(-12.946267565658848, 136.8749900936937) / 1.5709046154648287e-25).toBeCloseTo(1, 9);
    expect(studentTTwoSided(0, 4)).toBe(1);
  });

  it('inverts itself', () => {
    for (const df of [1, 2.5, 9, 60, 5000])
      for (const p of [0.001, 0.2, 0.5, 0.8, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
  });
});

describe('the special functions underneath', () => {
  it('log-gamma matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });

  it('incomplete beta has its closed forms: I_x(1, 1) = x, I_x(a, 1) = x^a, and inverts', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.3, 3, 1)).toBeCloseTo(0.027, 14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    for (const [a, b] of [[0.5, 0.5], [2, 5], [50, 0.5], [0.5, 3000]] as const)
      for (const p of [1e-6, 0.3, 0.9]) expect(regularizedIncompleteBeta(inverseRegularizedIncompleteBeta(p, a, b), a, b)).toBeCloseTo(p, 12);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });
});
