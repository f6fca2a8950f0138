import { assertPairs, pearsonR } from './pearson';
import { averageRanks } from './ranks';

export interface RankCorrelation {
  n: number;
  /** Spearman's rho, from −1 to 1; null when it cannot be computed (see reason). */
  rho: number | null;
  reason: string | null;
}

/**
 * Spearman's rank correlation (Spearman 1904): Pearson's r of the ranks. It
 * asks whether one measure rises when the other does, in any steady way, not
 * only in a straight line, and one wild value cannot dominate it. Ties get
 * average ranks, so rho is exact with ties (the 1 − 6Σd²/(n(n²−1)) shortcut is not).
 */
export function spearman(xs: readonly number[], ys: readonly number[]): RankCorrelation {
  assertPairs(xs, ys);
  const n = xs.length;
  const found = pearsonR(Array.from(averageRanks(xs)), Array.from(averageRanks(ys)));
  return found.r === null ? { n, rho: null, reason: found.reason } : { n, rho: found.r, reason: null };
}
