import { scoreScorecard, findMissing, type AnswerInput } from '../../../shared/scoring';
import type { Answer, MissingItem, ScoreResult } from '../../../shared/schemas/scorecard';
import type { TemplateContent } from '../../../shared/schemas/template';

/** The score and what is still missing, from stored answers: always recomputed, never trusted from the page. */
export function scoreOf(template: TemplateContent, answers: readonly Answer[]): { score: ScoreResult; missing: MissingItem[] } {
  const byElement = new Map<string, AnswerInput>(answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }]));
  return { score: scoreScorecard(template, byElement), missing: findMissing(template, byElement) };
}
