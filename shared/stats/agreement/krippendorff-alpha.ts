import { agreement, NO_PAIRS, undefinedAgreement, type Agreement, type Tally } from './ratings';

/** How far apart two answers are: nominal (same or not), ordinal (by rank), interval (by value). */
export type LevelOfMeasurement = 'nominal' | 'ordinal' | 'interval';

/**
 * Krippendorff's alpha, following Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", sections C–E: α = 1 − D_o / D_e, observed over expected
 * disagreement, both read off the coincidence matrix of values that were paired
 * within a unit. Any number of raters, missing ratings, and a unit with a
 * single rating simply contributes no pair. For scale elements, ordinal and
 * interval alpha count a 3-against-4 disagreement as smaller than 0-against-4.
 */
export function krippendorffAlpha(t: Tally, level: LevelOfMeasurement): Agreement {
  const q = t.categories.length;
  // Coincidences o_ck: each ordered pair of ratings within a unit, weighted 1/(m_u − 1).
  const o = new Float64Array(q * q);
  let units = 0;
  for (let u = 0; u < t.units; u++) {
    const m = t.ratings[u]!;
    if (m < 2) continue;
    units++;
    const row = u * q;
    for (let c = 0; c < q; c++) {
      const nc = t.counts[row + c]!;
      if (nc === 0) continue;
      for (let k = 0; k < q; k++) {
        const nk = t.counts[row + k]! - (c === k ? 1 : 0);
        if (nk > 0) o[c * q + k]! += (nc * nk) / (m - 1);
      }
    }
  }
  if (units === 0) return undefinedAgreement(NO_PAIRS, 0);
  const marginals = new Float64Array(q);
  let n = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) marginals[c]! += o[c * q + k]!;
    n += marginals[c]!;
  }
  const delta = distance(level, t, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      const d = delta(c, k);
      if (d === 0) continue;
      observed += o[c * q + k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  if (expected === 0) return undefinedAgreement('every rating has the same value, so there is no variation for raters to agree on', units);
  return agreement(1 - ((n - 1) * observed) / expected, units);
}

function numericValues(t: Tally): Float64Array {
  return Float64Array.from(t.categories, (c) => {
    if (typeof c !== 'number' || !Number.isFinite(c)) throw new RangeError(`interval alpha needs numeric categories, not ${JSON.stringify(c)}`);
    return c;
  });
}

/** δ²_ck, Krippendorff (2011) pp. 5–7. */
function distance(level: LevelOfMeasurement, t: Tally, marginals: Float64Array): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (level === 'interval') {
    const values = numericValues(t);
    return (c, k) => (values[c]! - values[k]!) ** 2;
  }
  // Ordinal: the marginal mass between the two ranks, each end counted half.
  const cumulative = new Float64Array(marginals.length + 1);
  marginals.forEach((m, g) => (cumulative[g + 1] = cumulative[g]! + m));
  return (c, k) => {
    if (c === k) return 0;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    return (cumulative[hi + 1]! - cumulative[lo]! - (marginals[c]! + marginals[k]!) / 2) ** 2;
  };
}
