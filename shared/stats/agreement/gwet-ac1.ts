import { categoryShares, observedAgreement } from './percent-agreement';
import { agreement, NO_PAIRS, pairableUnits, undefinedAgreement, type Agreement, type Tally } from './ratings';

/**
 * Gwet's AC1 (Gwet 2008, "Computing inter-rater reliability and its variance in
 * the presence of high agreement", Br. J. Math. Stat. Psychol. 61:29–48): like
 * kappa, agreement beyond chance, but chance is estimated as
 * p_e = Σ π_k(1 − π_k) / (q − 1) over the q possible answers. Where nearly every
 * element is "met", kappa collapses towards 0 or below even when reviewers agree
 * (the "kappa paradox"); AC1 stays near the agreement actually seen, and stays
 * defined when everyone agrees on one answer. Missing ratings as in Gwet's
 * Handbook of Inter-Rater Reliability, 4th ed. (2014), eq. 2.13.
 */
export function gwetAc1(t: Tally): Agreement {
  const units = pairableUnits(t);
  if (units === 0) return undefinedAgreement(NO_PAIRS, 0);
  const q = t.categories.length;
  if (q < 2) return undefinedAgreement('only one answer was possible, so raters could not disagree', units);
  const pa = observedAgreement(t);
  let spread = 0;
  for (const share of categoryShares(t)) spread += share * (1 - share);
  const pe = spread / (q - 1);
  return agreement((pa - pe) / (1 - pe), units);
}
