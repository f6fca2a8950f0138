import { describe, expect, it } from 'vitest';
import { Fraction } from '../../../shared/scoring';

const str = (f: Fraction) => `${f.numerator}/${f.denominator}`;

describe('Fraction', () => {
  it('reads a number as the decimal it is written as, not its binary approximation', () => {
    expect(str(Fraction.fromNumber(0.1))).toBe('1/10');
    expect(str(Fraction.fromNumber(0.9999))).toBe('9999/10000');
    expect(str(Fraction.fromNumber(1.5))).toBe('3/2');
    expect(str(Fraction.fromNumber(-2.25))).toBe('-9/4');
    expect(str(Fraction.fromNumber(70))).toBe('70/1');
    expect(str(Fraction.fromNumber(1e-7))).toBe('1/10000000');
    expect(str(Fraction.fromNumber(2.5e-8))).toBe('1/40000000');
    expect(str(Fraction.fromNumber(1.5e21))).toBe('1500000000000000000000/1');
  });

  it('refuses what is not a finite number', () => {
    expect(() => Fraction.fromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => Fraction.fromNumber(Infinity)).toThrow(RangeError);
    expect(() => Fraction.of(1, 0)).toThrow(RangeError);
  });

  it('keeps lowest terms with a positive denominator', () => {
    expect(str(Fraction.of(6, -4))).toBe('-3/2');
    expect(str(Fraction.of(0, 7))).toBe('0/1');
  });

  it('adds, multiplies and divides exactly where doubles drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const sum = Fraction.fromNumber(0.1).plus(Fraction.fromNumber(0.2));
    expect(sum.compare(Fraction.fromNumber(0.3))).toBe(0);
    expect(str(Fraction.of(2, 3).times(Fraction.of(3, 4)))).toBe('1/2');
    expect(str(Fraction.of(2, 3).dividedBy(Fraction.of(4, 9)))).toBe('3/2');
  });

  it('compares exactly', () => {
    expect(Fraction.of(6999, 100).compare(Fraction.of(70))).toBe(-1);
    expect(Fraction.of(140, 2).compare(Fraction.of(70))).toBe(0);
    expect(Fraction.of(900001, 10000).compare(Fraction.of(90))).toBe(1);
  });

  it('converts to the nearest double, even past 2^53', () => {
    expect(Fraction.of(200, 3).toNumber()).toBe(200 / 3);
    expect(Fraction.of(-1, 3).toNumber()).toBe(-1 / 3);
    const huge = 10n ** 400n;
    expect(Fraction.of(huge + 1n, 3n * huge).toNumber()).toBe(1 / 3);
    expect(Fraction.of(2n ** 60n + 1n).toNumber()).toBe(2 ** 60);
    expect(Fraction.ZERO.toNumber()).toBe(0);
  });

  it('rounds half up on the exact value', () => {
    // 1.15 as a double is 1.1499999…, so rounding the double gives 1.1.
    expect((1.15).toFixed(1)).toBe('1.1');
    expect(Fraction.of(115, 100).roundHalfUp(1)).toBe(1.2);
    expect(Fraction.of(625, 100).roundHalfUp(1)).toBe(6.3);
    expect(Fraction.of(6249999, 1000000).roundHalfUp(1)).toBe(6.2);
    expect(Fraction.of(699999, 10000).roundHalfUp(1)).toBe(70);
    expect(Fraction.of(200, 3).roundHalfUp(1)).toBe(66.7);
    expect(Fraction.of(-25, 100).roundHalfUp(1)).toBe(-0.2);
    expect(Fraction.of(7, 8).roundHalfUp(2)).toBe(0.88);
  });
});
