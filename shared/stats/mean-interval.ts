import type { SampleSummary } from './descriptive';
import { studentTQuantile } from './student-t';

export type MeanInterval =
  | { n: number; mean: number; sd: number; standardError: number; df: number; lower: number; upper: number; reason: null }
  | { n: number; mean: number | null; sd: number | null; lower: null; upper: null; reason: string };

/**
 * The 95 % confidence interval for a mean, by Student's t (Student 1908):
 * mean ± t(0.975, n − 1) × sd / √n. It says how far the true average could
 * plausibly be from the one measured, given how few scorecards there are and
 * how much they vary. Needs two values at least: one score says nothing about
 * spread.
 */
export function meanInterval(sample: SampleSummary): MeanInterval {
  const { n, mean, sd } = sample;
  if (mean === null || n === 0) return { n, mean: null, sd: null, lower: null, upper: null, reason: 'there are no scores' };
  if (sd === null || n < 2)
    return { n, mean, sd: null, lower: null, upper: null, reason: 'one score cannot show how much scores vary: a range needs at least two' };
  const df = n - 1;
  const standardError = sd / Math.sqrt(n);
  const half = studentTQuantile(0.975, df) * standardError;
  return { n, mean, sd, standardError, df, lower: mean - half, upper: mean + half, reason: null };
}
