import type { ScoreResult } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';
import { judge, type AnswerInput } from './answer';
import { bandFor } from './bands';
import { Fraction } from './fraction';
import { overallPercent } from './overall';
import { toPercentage } from './percentage';
import { scoreSection } from './section';

/**
 * Scores a scorecard under SCORING.md. Works on drafts too: unanswered elements are
 * left out and the result is marked provisional (rule 7).
 */
export function scoreScorecard(template: TemplateContent, answers: ReadonlyMap<string, AnswerInput>): ScoreResult {
  const sections = template.sections.map((section) => {
    const judged = section.elements.map((element) => ({ element, outcome: judge(element, answers.get(element.id)) }));
    return { section, judged, totals: scoreSection(template, section, judged) };
  });
  const judged = sections.flatMap((s) => s.judged);
  const automaticFailElementIds = judged
    .filter(({ element, outcome }) => element.critical === 'scorecard' && outcome.kind === 'scored' && !outcome.fullyMet)
    .map(({ element }) => element.id);
  const automaticFail = automaticFailElementIds.length > 0;
  const overall = automaticFail ? Fraction.ZERO : overallPercent(sections);
  const band = bandFor(template, overall);
  return {
    sections: sections.map((s) => s.totals.score),
    overall: overall && toPercentage(overall),
    bandId: band.id,
    bandLabel: band.label,
    // An interaction with nothing to score is not penalised (PRODUCT.md), so it meets the target.
    meetsTarget: overall === null || overall.compare(Fraction.fromNumber(template.target)) >= 0,
    automaticFail,
    automaticFailElementIds,
    provisional: judged.some(({ outcome }) => outcome.kind === 'unanswered'),
  };
}
