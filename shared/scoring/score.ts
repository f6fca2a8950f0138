import type { TemplateContent } from '../schemas/template';
import type { AnswerValue, MissingItem, ScoreResult } from '../schemas/scorecard';

/** What the engine reads of an answer: its value (null = unanswered) and its comment. */
export interface AnswerInput {
  value: AnswerValue | null;
  comment?: string;
}

/** PLACEHOLDER: implemented by the scoring module. */
export function scoreScorecard(_template: TemplateContent, _answers: ReadonlyMap<string, AnswerInput>): ScoreResult {
  throw new Error('not implemented');
}

/** PLACEHOLDER: implemented by the scoring module. */
export function findMissing(_template: TemplateContent, _answers: ReadonlyMap<string, AnswerInput>): MissingItem[] {
  throw new Error('not implemented');
}
