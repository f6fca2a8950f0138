import type { SectionScore } from '../schemas/scorecard';
import type { TemplateContent, TemplateElement, TemplateSection } from '../schemas/template';
import type { Outcome } from './answer';
import { bandFor } from './bands';
import { Fraction } from './fraction';
import { toPercentage } from './percentage';

export interface JudgedElement {
  element: TemplateElement;
  outcome: Outcome;
}

/** A section's score plus the exact figures the overall score is built from. */
export interface SectionTotals {
  score: SectionScore;
  earned: Fraction;
  possible: Fraction;
  /** Null when nothing in the section was applicable (or, in a draft, answered). */
  percent: Fraction | null;
}

export function scoreSection(template: TemplateContent, section: TemplateSection, judged: readonly JudgedElement[]): SectionTotals {
  let earned = Fraction.ZERO;
  let possible = Fraction.ZERO;
  let answered = 0;
  let criticalFailElementId: string | null = null;
  for (const { element, outcome } of judged) {
    if (outcome.kind === 'unanswered') continue;
    answered += 1;
    if (outcome.kind !== 'scored') continue;
    earned = earned.plus(outcome.earned);
    possible = possible.plus(outcome.possible);
    if (element.critical === 'section' && !outcome.fullyMet) criticalFailElementId ??= element.id;
  }
  // Rule 4: a failed section-critical element zeroes what was earned but keeps what
  // was possible, so the section still weighs on the unweighted overall score.
  if (criticalFailElementId !== null) earned = Fraction.ZERO;
  const percent = possible.isZero() ? null : earned.dividedBy(possible).times(Fraction.HUNDRED);
  return {
    earned,
    possible,
    percent,
    score: {
      sectionId: section.id,
      percentage: percent && toPercentage(percent),
      earnedPoints: earned.toExact(),
      possiblePoints: possible.toExact(),
      bandId: bandFor(template, percent).id,
      criticalFailElementId,
      answered,
      total: section.elements.length,
    },
  };
}
