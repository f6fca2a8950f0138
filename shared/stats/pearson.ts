import { Z_95 } from './normal';

export interface Correlation {
  /** Pairs used. */
  n: number;
  /** Pearson's r, from −1 to 1; null when it cannot be computed (see reason). */
  r: number | null;
  /** The 95 % interval for r by Fisher's z; null below 4 pairs. */
  lower: number | null;
  upper: number | null;
  reason: string | null;
}

export function assertPairs(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new RangeError(`both lists need one value per pair (${xs.length} and ${ys.length} given)`);
  for (const v of [...xs, ...ys]) if (!Number.isFinite(v)) throw new RangeError(`every value must be a finite number, not ${v}`);
}

/** r alone, or the reason it is undefined. Centred sums in two passes, so large similar values keep their precision. */
export function pearsonR(xs: readonly number[], ys: readonly number[]): { r: number } | { r: null; reason: string } {
  assertPairs(xs, ys);
  const n = xs.length;
  if (n < 2) return { r: null, reason: 'a correlation needs at least 2 pairs' };
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return { r: null, reason: `${sxx === 0 ? 'the first' : 'the second'} measure is the same in every pair, so nothing varies together` };
  // Rounding can carry |r| a hair past 1, which atanh would turn into NaN.
  return { r: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) };
}

/**
 * Pearson's correlation (Pearson 1896) with its n and a 95 % interval from
 * Fisher's (1921) z = atanh r, whose standard error is 1/√(n − 3): how strongly
 * two measures move together in a straight line (quality score and customer
 * satisfaction, say), and how sure that is. With 6 pairs almost any r is
 * possible, and the interval shows it.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): Correlation {
  const n = xs.length;
  const found = pearsonR(xs, ys);
  if (found.r === null) return { n, r: null, lower: null, upper: null, reason: found.reason };
  const { r } = found;
  if (n < 4) return { n, r, lower: null, upper: null, reason: 'a range for the correlation needs at least 4 pairs' };
  const z = Math.atanh(r);
  const half = Z_95 / Math.sqrt(n - 3);
  return { n, r, lower: Math.tanh(z - half), upper: Math.tanh(z + half), reason: null };
}
