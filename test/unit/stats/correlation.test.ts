import { describe, expect, it } from 'vitest';
import { pearson } from '../../../shared/stats/pearson';
import { averageRanks } from '../../../shared/stats/ranks';
import { spearman } from '../../../shared/stats/spearman';
import { ANSCOMBE_X, ANSCOMBE_Y1 } from './datasets';

describe('Pearson correlation with a Fisher-z 95 % interval', () => {
  it('Anscombe (1973), data set I: r = 0.816, with n = 11 and its interval (scipy: 0.42439…, 0.95069…)', () => {
    const c = pearson(ANSCOMBE_X, ANSCOMBE_Y1);
    expect(c.n).toBe(11);
    expect(c.r).toBeCloseTo(0.816, 3);
    expect(c.r).toBeCloseTo(0.81642051634484, 12);
    expect(c.lower).toBeCloseTo(0.42439121339321656, 10);
    expect(c.upper).toBeCloseTo(0.9506932537865606, 10);
    expect(c.reason).toBeNull();
  });

  it('gives r without an interval below 4 pairs, and nothing for constant or too few values, saying why', () => {
    expect(pearson([1, 2, 3], [2, 4, 7])).toMatchObject({ n: 3, r: expect.closeTo(0.9933992677987828, 12), lower: null, reason: expect.stringContaining('at least 4 pairs') });
    expect(pearson([1], [2])).toMatchObject({ r: null, reason: 'a correlation needs at least 2 pairs' });
    expect(pearson([1, 2, 3, 4], [5, 5, 5, 5])).toMatchObject({ r: null, reason: expect.stringContaining('the second measure is the same in every pair') });
  });

  it('is exactly ±1 for a straight line, with a collapsed interval', () => {
    expect(pearson([1, 2, 3, 4, 5], [10, 8, 6, 4, 2])).toMatchObject({ r: -1, lower: -1, upper: -1 });
  });

  it('refuses unpaired or non-finite input', () => {
    expect(() => pearson([1, 2], [1])).toThrow(/one value per pair/);
    expect(() => pearson([1, NaN], [1, 2])).toThrow(RangeError);
  });
});

describe('Spearman rank correlation', () => {
  it('the IQ and television example of Wikipedia, "Spearman\'s rank correlation coefficient": ρ = −29/165 (scipy agrees)', () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    expect(spearman(iq, tv)).toEqual({ n: 10, rho: expect.closeTo(-29 / 165, 14), reason: null });
  });

  it('handles ties with average ranks (scipy.stats.spearmanr: 0.9007775105401477)', () => {
    expect(Array.from(averageRanks([1, 2, 2, 3, 4, 4, 4, 5]))).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
    expect(spearman([1, 2, 2, 3, 4, 4, 4, 5], [2, 1, 3, 3, 5, 4, 6, 6]).rho).toBeCloseTo(0.9007775105401477, 13);
  });

  it('sees any steadily rising relation as perfect, where Pearson does not', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = x.map((v) => Math.exp(v));
    expect(spearman(x, y).rho).toBeCloseTo(1, 14);
    expect(pearson(x, y).r!).toBeLessThan(0.95);
  });

  it('is undefined, with the reason, when one measure never changes', () => {
    expect(spearman([1, 2, 3], [4, 4, 4])).toMatchObject({ rho: null, reason: expect.stringContaining('same in every pair') });
  });
});
