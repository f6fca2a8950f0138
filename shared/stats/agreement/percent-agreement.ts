import { agreement, NO_PAIRS, pairableUnits, undefinedAgreement, type Agreement, type Tally } from './ratings';

/**
 * Of all pairs of raters on the same unit, the share that gave the same answer,
 * averaged over units rated by two or more (Gwet 2014, Handbook of Inter-Rater
 * Reliability, 4th ed., eq. 2.9: p_a). Plain and honest, but it counts agreement
 * that would happen by luck: two reviewers who tick "met" on everything agree
 * 100 %. The chance-corrected coefficients start from it.
 */
export function percentAgreement(t: Tally): Agreement {
  const units = pairableUnits(t);
  if (units === 0) return undefinedAgreement(NO_PAIRS, 0);
  return agreement(observedAgreement(t), units);
}

/** p_a itself, for the coefficients that correct it for chance. Call only when some unit has two ratings. */
export function observedAgreement(t: Tally): number {
  const q = t.categories.length;
  let sum = 0;
  let units = 0;
  for (let u = 0; u < t.units; u++) {
    const r = t.ratings[u]!;
    if (r < 2) continue;
    let pairs = 0;
    for (let k = 0; k < q; k++) {
      const c = t.counts[u * q + k]!;
      pairs += c * (c - 1);
    }
    sum += pairs / (r * (r - 1));
    units++;
  }
  return sum / units;
}

/**
 * π_k: the share of ratings in each category, each unit weighing the same
 * whatever its number of raters (Gwet 2014, eq. 2.10). A unit with a single
 * rating still says which answers are common, so it counts here, though it
 * cannot count for agreement.
 */
export function categoryShares(t: Tally): Float64Array {
  const q = t.categories.length;
  const shares = new Float64Array(q);
  let rated = 0;
  for (let u = 0; u < t.units; u++) {
    const r = t.ratings[u]!;
    if (r === 0) continue;
    rated++;
    for (let k = 0; k < q; k++) shares[k]! += t.counts[u * q + k]! / r;
  }
  for (let k = 0; k < q; k++) shares[k]! /= rated;
  return shares;
}
