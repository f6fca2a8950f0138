import { describe, expect, it } from 'vitest';
import { formatPercent, Fraction, toPercentage } from '../../../shared/scoring';
import { Percentage } from '../../../shared/schemas/scorecard';

// Rule 6: exports carry the exact value and the one rounded for display.
describe('percentages', () => {
  it('carry the exact fraction in lowest terms, the full-precision value and the rounded one', () => {
    const p = toPercentage(Fraction.of(2, 3).times(Fraction.HUNDRED));
    expect(p).toEqual({ exact: { numerator: '200', denominator: '3' }, value: 200 / 3, rounded: 66.7 });
    expect(Percentage.parse(p)).toEqual(p);
  });

  it('round half up to one decimal', () => {
    expect(toPercentage(Fraction.of(1, 16).times(Fraction.HUNDRED)).rounded).toBe(6.3);
    expect(toPercentage(Fraction.of(23, 2000).times(Fraction.HUNDRED)).rounded).toBe(1.2);
    expect(toPercentage(Fraction.of(1, 32).times(Fraction.HUNDRED)).rounded).toBe(3.1);
  });

  it('display with one decimal, or a dash when there is none', () => {
    expect(formatPercent(70)).toBe('70.0 %');
    expect(formatPercent(66.7)).toBe('66.7 %');
    expect(formatPercent(null)).toBe('—');
  });
});
