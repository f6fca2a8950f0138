import { answerLabel, answerValues } from '../scoring/answer';
import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateElement } from '../schemas/template';
import { krippendorffAlpha } from '../stats/agreement/krippendorff-alpha';
import { measureAgreement } from '../stats/agreement/measure';
import { tally, type RatingTable } from '../stats/agreement/ratings';
import type { AgreementFiguresView, ElementResult } from './views';

/**
 * How far the counted participants agree on one element: the answers are the
 * categories the element offers (not applicable included where the template
 * allows it), each participant one rater. For a scale, ordinal and interval
 * alpha read the points alone, not applicable counted as missing, so a 3
 * against a 4 is a smaller disagreement than a 0 against a 4
 * (docs/statistics.md).
 */
export function elementAgreement(element: TemplateElement, ratings: readonly (AnswerValue | null)[]): AgreementFiguresView {
  const categories = answerValues(element);
  const figures = measureAgreement({ categories, units: [ratings] }, { scale: false });
  if (element.kind !== 'scale') return figures;
  const points: RatingTable<number> = {
    categories: categories.filter((c): c is number => typeof c === 'number'),
    units: [ratings.map((r) => (typeof r === 'number' ? r : null))],
  };
  const counted = tally(points);
  return { ...figures, alphaOrdinal: krippendorffAlpha(counted, 'ordinal'), alphaInterval: krippendorffAlpha(counted, 'interval') };
}

/** How many gave each answer, in the order the scoring screen offers them, and how many gave none. */
export function distributionOf(element: TemplateElement, ratings: readonly (AnswerValue | null)[]): Pick<ElementResult, 'distribution' | 'unanswered'> {
  const counts = new Map<AnswerValue, number>();
  let unanswered = 0;
  for (const r of ratings) {
    if (r === null) unanswered++;
    else counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return {
    distribution: answerValues(element).map((value) => ({ value, label: answerLabel(element, value), count: counts.get(value) ?? 0 })),
    unanswered,
  };
}

/**
 * Worst agreement first: by percent agreement, the one figure defined for
 * every element two participants answered (kappa is not when everyone
 * agrees), then by template order. Elements nobody could compare go last.
 */
export function byWorstAgreement(a: { order: number; percent: number | null }, b: { order: number; percent: number | null }): number {
  const pa = a.percent ?? Number.POSITIVE_INFINITY;
  const pb = b.percent ?? Number.POSITIVE_INFINITY;
  return pa - pb || a.order - b.order;
}
