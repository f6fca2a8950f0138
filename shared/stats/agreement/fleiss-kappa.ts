import { categoryShares, observedAgreement } from './percent-agreement';
import { agreement, NO_PAIRS, pairableUnits, undefinedAgreement, type Agreement, type Tally } from './ratings';

export const ONE_ANSWER_ONLY =
  'every rating is the same answer: chance alone would then agree every time, so kappa is undefined (Gwet\'s AC1 is not)';

/**
 * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many
 * raters"): agreement beyond chance, where chance is the agreement expected if
 * raters answered at random in the proportions they actually used,
 * p_e = Σ π_k². κ = (p_a − p_e) / (1 − p_e). With missing ratings this is Gwet's
 * generalisation (Handbook of Inter-Rater Reliability, 4th ed., 2014, eq. 2.11),
 * which reduces to Fleiss' when every unit has every rating.
 */
export function fleissKappa(t: Tally): Agreement {
  const units = pairableUnits(t);
  if (units === 0) return undefinedAgreement(NO_PAIRS, 0);
  const pa = observedAgreement(t);
  let pe = 0;
  for (const share of categoryShares(t)) pe += share * share;
  if (1 - pe < 1e-12) return undefinedAgreement(ONE_ANSWER_ONLY, units);
  return agreement((pa - pe) / (1 - pe), units);
}
