import { meanInterval, summariseTotals, type SampleSummary } from '../../stats';
import type { MeanFigure } from '../../api/reports';

export interface Totals {
  n: number;
  sum: number;
  sumOfSquares: number;
}

export const ZERO: Totals = { n: 0, sum: 0, sumOfSquares: 0 };
export const plus = (a: Totals, b: Totals): Totals => ({ n: a.n + b.n, sum: a.sum + b.sum, sumOfSquares: a.sumOfSquares + b.sumOfSquares });
export const minus = (a: Totals, b: Totals): Totals => ({ n: a.n - b.n, sum: a.sum - b.sum, sumOfSquares: a.sumOfSquares - b.sumOfSquares });
export const sumTotals = (list: Iterable<Totals>) => [...list].reduce(plus, ZERO);

/** Stored totals as the statistics want them (a difference of totals can leave n at 0 with float dust in the sums). */
export const summaryOf = (t: Totals): SampleSummary => summariseTotals(t.n <= 0 ? ZERO : t);

/** A mean with its n and 95 % interval (Student's t; shared/stats). */
export function meanFigure(t: Totals): MeanFigure {
  const interval = meanInterval(summaryOf(t));
  return { n: Math.max(0, t.n), mean: interval.mean, lower: interval.lower, upper: interval.upper };
}
