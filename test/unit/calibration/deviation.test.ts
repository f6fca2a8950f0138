import { describe, expect, it } from 'vitest';
import { deviationOf, exactMedian, isWithin } from '../../../shared/calibration';
import { Fraction } from '../../../shared/scoring/fraction';

const f = (n: number, d = 1) => Fraction.of(n, d);

describe('deviation from the reference and the ±5-point verdict, on exact scores', () => {
  it('counts exactly 5 points either way as within, and anything beyond as outside', () => {
    expect(deviationOf(f(75), f(70))).toEqual({ points: 5, within: true });
    expect(deviationOf(f(65), f(70))).toEqual({ points: -5, within: true });
    // 15/19 = 78.947…% against 70 %: 8.9 points above.
    expect(deviationOf(f(1500, 19), f(70))).toEqual({ points: 8.9, within: false });
    expect(deviationOf(f(7501, 100), f(70))).toEqual({ points: 5, within: false });
  });

  it('says within at exactly 5 points where floating point would not', () => {
    // 59.66…% against 64.66…%: exactly 5 points apart, 5.000000000000007 as doubles.
    const reference = f(179, 3);
    const reviewer = f(194, 3);
    expect(reviewer.toNumber() - reference.toNumber()).toBeGreaterThan(5);
    expect(isWithin(reviewer.plus(reference.times(f(-1))))).toBe(true);
    expect(deviationOf(reviewer, reference)).toEqual({ points: 5, within: true });
  });

  it('rounds a deviation half up to one decimal for display, as scores are (SCORING.md rule 6)', () => {
    expect(deviationOf(f(7025, 100), f(70)).points).toBe(0.3);
    expect(deviationOf(f(6975, 100), f(70)).points).toBe(-0.2);
  });

  it('takes the middle score as the median, or the mean of the two middle ones, with no score giving none', () => {
    expect(exactMedian([f(90), f(70), f(80)])?.toNumber()).toBe(80);
    expect(exactMedian([f(90), f(70), f(80), f(95)])?.toNumber()).toBe(85);
    expect(exactMedian([f(200, 3), f(70)])?.toExact()).toEqual({ numerator: '205', denominator: '3' });
    expect(exactMedian([])).toBeNull();
  });
});
