import { ONE_ANSWER_ONLY } from './fleiss-kappa';
import { agreement, undefinedAgreement, type Agreement, type Category, type RatingTable } from './ratings';

/**
 * Cohen's kappa for exactly two raters (Cohen 1960, "A coefficient of agreement
 * for nominal scales"): κ = (p_o − p_e) / (1 − p_e), where chance p_e = Σ p₁ₖ p₂ₖ
 * uses each rater's own answer proportions (unlike Fleiss', which pools them).
 * Only units both raters rated count: with one rating there is no pair.
 * Typical use: one reviewer against the calibration expert.
 */
export function cohenKappa<C extends Category>(table: RatingTable<C>): Agreement {
  const q = table.categories.length;
  const index = new Map<Category, number>(table.categories.map((c, k) => [c, k]));
  const first = new Float64Array(q);
  const second = new Float64Array(q);
  let units = 0;
  let agreed = 0;
  table.units.forEach((row, u) => {
    if (row.length !== 2) throw new RangeError(`Cohen's kappa compares two raters; unit ${u} has ${row.length} columns`);
    const [a, b] = row;
    if (a === null || a === undefined || b === null || b === undefined) return;
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) throw new RangeError(`unit ${u} has a rating that is not one of the categories`);
    first[i]! += 1;
    second[j]! += 1;
    units++;
    if (i === j) agreed++;
  });
  if (units === 0) return undefinedAgreement('no unit was rated by both raters', 0);
  let pe = 0;
  for (let k = 0; k < q; k++) pe += (first[k]! / units) * (second[k]! / units);
  if (1 - pe < 1e-12) return undefinedAgreement(ONE_ANSWER_ONLY, units);
  return agreement((agreed / units - pe) / (1 - pe), units);
}
