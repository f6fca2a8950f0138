/**
 * What a report says about a set of scores before any inference: how many, the
 * mean, the sample standard deviation (n − 1 in the denominator, the spread a
 * new sample would be expected to show), the median and the range. Figures that
 * need more values than there are (a spread of one score) are null, never 0,
 * so a screen cannot mistake "unknown" for "no spread".
 */
export interface Description {
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** n, mean and sample standard deviation: all that intervals and tests need, however they were gathered. */
export interface SampleSummary {
  n: number;
  /** Null when n = 0. */
  mean: number | null;
  /** Null when n < 2. */
  sd: number | null;
}

function assertFinite(values: readonly number[]): void {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`every value must be a finite number, not ${v}`);
}

/** Mean and sample standard deviation in two passes, which keeps the precision that a running sum of squares loses. */
export function summarise(values: readonly number[]): SampleSummary {
  assertFinite(values);
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null };
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { n, mean, sd: Math.sqrt(squares / (n - 1)) };
}

/**
 * The same summary from stored totals (count, sum, sum of squares), as
 * pre-aggregated report facts keep them. The subtraction can leave a tiny
 * negative variance when every value is equal; that is a spread of 0.
 */
export function summariseTotals(totals: { n: number; sum: number; sumOfSquares: number }): SampleSummary {
  const { n, sum, sumOfSquares } = totals;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, not ${n}`);
  if (n === 0) return { n, mean: null, sd: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null };
  const variance = (sumOfSquares - n * mean * mean) / (n - 1);
  return { n, mean, sd: Math.sqrt(Math.max(0, variance)) };
}

export function describe(values: readonly number[]): Description {
  const { n, mean, sd } = summarise(values);
  if (n === 0 || mean === null) return { n, mean: null, sd: null, median: null, min: null, max: null };
  const sorted = Float64Array.from(values).sort();
  const middle = n >> 1;
  const median = n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { n, mean, sd, median, min: sorted[0]!, max: sorted[n - 1]! };
}
