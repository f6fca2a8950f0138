import { Z_95 } from './normal';

export type ProportionInterval =
  | { successes: number; trials: number; proportion: number; lower: number; upper: number; reason: null }
  | { successes: number; trials: number; proportion: null; lower: null; upper: null; reason: string };

/**
 * The 95 % Wilson score interval for a proportion (Wilson 1927), the method
 * Newcombe (1998) recommends over the textbook p ± 1.96·√(p(1−p)/n): it never
 * leaves 0–1, and at 0 of 20 or 20 of 20 it still gives a useful range instead
 * of a zero-width one. A pass rate of 9 in 10 is an estimate, and this says how
 * rough.
 */
export function proportionInterval(successes: number, trials: number): ProportionInterval {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`trials must be a whole number ≥ 0, not ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new RangeError(`successes must be a whole number from 0 to ${trials}, not ${successes}`);
  if (trials === 0) return { successes, trials, proportion: null, lower: null, upper: null, reason: 'nothing was counted' };
  const z2 = Z_95 * Z_95;
  const centre = (successes + z2 / 2) / (trials + z2);
  const half = (Z_95 * Math.sqrt((successes * (trials - successes)) / trials + z2 / 4)) / (trials + z2);
  return {
    successes,
    trials,
    proportion: successes / trials,
    // At 0 or all successes the bound is exactly 0 or 1; rounding must not move it.
    lower: successes === 0 ? 0 : centre - half,
    upper: successes === trials ? 1 : centre + half,
    reason: null,
  };
}
