import { Fraction } from '../scoring/fraction';
import type { ExactValue } from '../schemas/scorecard';

/**
 * Deviations between overall scores, worked out on the exact fractions the
 * scoring engine gives (SCORING.md rule 5), so a reviewer exactly 5 points
 * from the reference is within ±5 and never 5.000000001 outside it.
 */
export const WITHIN_POINTS = 5;

const MINUS_ONE = Fraction.of(-1);
const HALF = Fraction.of(1, 2);
const LIMIT = Fraction.of(WITHIN_POINTS);

export const exactOf = (value: ExactValue): Fraction => Fraction.of(BigInt(value.numerator), BigInt(value.denominator));

/** a − b. */
export const difference = (a: Fraction, b: Fraction): Fraction => a.plus(b.times(MINUS_ONE));

/** The middle score, or the mean of the two middle ones; null for no scores. */
export function exactMedian(values: readonly Fraction[]): Fraction | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a.compare(b));
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).times(HALF);
}

/** |deviation| ≤ 5 points: the industry's usual calibration tolerance, boundary included. */
export function isWithin(deviation: Fraction): boolean {
  const magnitude = deviation.compare(Fraction.ZERO) < 0 ? deviation.times(MINUS_ONE) : deviation;
  return magnitude.compare(LIMIT) <= 0;
}

/** A deviation as shown and exported: signed points, rounded half up to one decimal, with its verdict. */
export interface Deviation {
  points: number;
  within: boolean;
}

export function deviationOf(score: Fraction, from: Fraction): Deviation {
  const d = difference(score, from);
  return { points: d.roundHalfUp(1), within: isWithin(d) };
}
