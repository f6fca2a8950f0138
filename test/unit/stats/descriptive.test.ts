import { describe as suite, expect, it } from 'vitest';
import { describe, summarise, summariseTotals } from '../../../shared/stats/descriptive';
import { SLEEP_DIFFERENCES } from './datasets';

suite('describe', () => {
  it("reproduces Student (1908), Table II: mean +1.58 hours; his S.D. 1.17 divides by n, ours by n − 1", () => {
    const d = describe(SLEEP_DIFFERENCES);
    expect(d.n).toBe(10);
    expect(d.mean).toBeCloseTo(1.58, 12);
    // Cross-checked with numpy: std(ddof=1) = 1.2299954832798732.
    expect(d.sd).toBeCloseTo(1.2299954832798732, 12);
    expect(d.sd! * Math.sqrt(9 / 10)).toBeCloseTo(1.17, 2);
    expect(d.median).toBeCloseTo(1.3, 12);
    expect([d.min, d.max]).toEqual([0, 4.6]);
  });

  it('gives the middle value of an odd count and does not reorder the caller\'s list', () => {
    const values = [9, 1, 5];
    expect(describe(values)).toMatchObject({ n: 3, median: 5, min: 1, max: 9, mean: 5, sd: 4 });
    expect(values).toEqual([9, 1, 5]);
  });

  it('says "unknown" (null), not 0, for figures the data cannot give', () => {
    expect(describe([])).toEqual({ n: 0, mean: null, sd: null, median: null, min: null, max: null });
    expect(describe([72.5])).toEqual({ n: 1, mean: 72.5, sd: null, median: 72.5, min: 72.5, max: 72.5 });
    expect(describe([70, 70, 70]).sd).toBe(0);
  });

  it('keeps its precision on large, close values (two passes, not a sum of squares)', () => {
    const values = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
    // Welford's classic example: variance 30 exactly.
    expect(summarise(values).sd).toBeCloseTo(Math.sqrt(30), 9);
  });

  it('refuses values that are not finite numbers', () => {
    expect(() => describe([1, NaN])).toThrow(RangeError);
    expect(() => describe([Infinity])).toThrow(/finite/);
  });
});

suite('summariseTotals (from stored count, sum and sum of squares)', () => {
  it('matches the two-pass summary', () => {
    const sum = SLEEP_DIFFERENCES.reduce((a, b) => a + b, 0);
    const sumOfSquares = SLEEP_DIFFERENCES.reduce((a, b) => a + b * b, 0);
    const fromTotals = summariseTotals({ n: 10, sum, sumOfSquares });
    const direct = summarise(SLEEP_DIFFERENCES);
    expect(fromTotals.mean).toBeCloseTo(direct.mean!, 12);
    expect(fromTotals.sd).toBeCloseTo(direct.sd!, 10);
  });

  it('treats a rounding-negative variance of equal values as no spread, and small counts as unknown', () => {
    expect(summariseTotals({ n: 3, sum: 3 * 0.1, sumOfSquares: 3 * 0.1 * 0.1 - 1e-18 }).sd).toBe(0);
    expect(summariseTotals({ n: 1, sum: 80, sumOfSquares: 6400 })).toEqual({ n: 1, mean: 80, sd: null });
    expect(summariseTotals({ n: 0, sum: 0, sumOfSquares: 0 })).toEqual({ n: 0, mean: null, sd: null });
    expect(() => summariseTotals({ n: 1.5, sum: 1, sumOfSquares: 1 })).toThrow(RangeError);
  });
});
