import type { Percentage } from '../schemas/scorecard';
import type { Fraction } from './fraction';

/** Display precision of SCORING.md rule 6. */
const DISPLAY_DECIMALS = 1;

/** A percentage in every form exports carry: exact, full-precision and rounded for display. */
export function toPercentage(percent: Fraction): Percentage {
  return { exact: percent.toExact(), value: percent.toNumber(), rounded: percent.roundHalfUp(DISPLAY_DECIMALS) };
}
