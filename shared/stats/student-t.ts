import { inverseRegularizedIncompleteBeta, regularizedIncompleteBeta } from './incomplete-beta';

/**
 * Student's t distribution with ν degrees of freedom (ν need not be a whole
 * number: Welch's test gives fractional ν). Both directions go through the
 * incomplete beta function, Abramowitz & Stegun (1964) 26.7.1:
 * P(|T| > t) = I_{ν/(ν+t²)}(ν/2, ½).
 */

function assertDegrees(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`degrees of freedom must be a positive number, not ${df}`);
}

/** P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  assertDegrees(df);
  if (Number.isNaN(t)) throw new RangeError('t must be a number');
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** Two-sided p-value: P(|T| ≥ |t|). Computed directly, so a tiny p-value keeps its digits. */
export function studentTTwoSided(t: number, df: number): number {
  assertDegrees(df);
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0;
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** The t with P(T ≤ t) = p (the quantile, or percent point). */
export function studentTQuantile(p: number, df: number): number {
  assertDegrees(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be a probability, not ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const twoSided = 2 * Math.min(p, 1 - p);
  // Near the centre x = ν/(ν+t²) is close to 1 and t = √(ν(1−x)/x) would lose its digits
  // to cancellation, so solve there for 1 − x = t²/(ν+t²) instead (I_y(½, ν/2) = 1 − twoSided).
  const magnitude =
    twoSided < 0.5
      ? tFromX(inverseRegularizedIncompleteBeta(twoSided, df / 2, 0.5), df)
      : tFromComplement(inverseRegularizedIncompleteBeta(Math.abs(1 - 2 * p), 0.5, df / 2), df);
  return p < 0.5 ? -magnitude : magnitude;
}

const tFromX = (x: number, df: number) => Math.sqrt((df * (1 - x)) / x);
const tFromComplement = (y: number, df: number) => Math.sqrt((df * y) / (1 - y));
