import type { TemplateSection } from '../schemas/template';
import { Fraction } from './fraction';
import type { SectionTotals } from './section';

export interface WeighedSection {
  section: TemplateSection;
  totals: SectionTotals;
}

const sum = (values: readonly Fraction[]) => values.reduce((a, b) => a.plus(b), Fraction.ZERO);

/**
 * Rule 3, before any scorecard-critical failure. Null when nothing counted.
 *
 * When every section that has a percentage weighs 0, re-normalising divides by
 * zero. Equal weights (even zero ones) mean "count these alike", so the overall
 * falls back to the plain mean of those section percentages rather than to
 * "nothing applicable", which would hide a failed section behind a free "Meets".
 */
/** Rule 3's choice: the weighted mean of section percentages when every section has a weight, else points over elements. */
export const usesSectionWeights = (sections: readonly Pick<TemplateSection, 'weight'>[]): boolean => sections.every((section) => section.weight !== undefined);

export function overallPercent(sections: readonly WeighedSection[]): Fraction | null {
  if (!usesSectionWeights(sections.map(({ section }) => section))) {
    const possible = sum(sections.map(({ totals }) => totals.possible));
    return possible.isZero()
      ? null
      : sum(sections.map(({ totals }) => totals.earned)).dividedBy(possible).times(Fraction.HUNDRED);
  }
  const counted = sections.flatMap(({ section: { weight }, totals: { percent } }) =>
    percent === null || weight === undefined ? [] : [{ weight: Fraction.fromNumber(weight), percent }],
  );
  if (counted.length === 0) return null;
  const totalWeight = sum(counted.map((c) => c.weight));
  if (totalWeight.isZero()) return sum(counted.map((c) => c.percent)).dividedBy(Fraction.of(counted.length));
  return sum(counted.map((c) => c.weight.times(c.percent))).dividedBy(totalWeight);
}
