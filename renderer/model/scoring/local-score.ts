import { findMissing, scoreScorecard, type AnswerInput } from '../../../shared/scoring';
import type { AnswerValue, MissingItem, ScoreResult } from '../../../shared/schemas/scorecard';
import type { TemplateContent } from '../../../shared/schemas/template';

export interface LocalScore {
  score: ScoreResult;
  missing: MissingItem[];
}

/**
 * The score and what is missing, computed in the page from local state so the
 * panel follows a key press in the same frame. The backend computes the same
 * with the same engine and remains the authority: its result replaces this one
 * whenever every change is confirmed. Null if the engine refuses, in which
 * case the last confirmed score stays on screen.
 */
export function computeLocalScore(
  content: TemplateContent,
  values: Readonly<Record<string, AnswerValue | null>>,
  comments: Readonly<Record<string, string>>,
): LocalScore | null {
  const answers = new Map<string, AnswerInput>();
  for (const section of content.sections) {
    for (const element of section.elements) {
      answers.set(element.id, { value: values[element.id] ?? null, comment: comments[element.id] ?? '' });
    }
  }
  try {
    return { score: scoreScorecard(content, answers), missing: findMissing(content, answers) };
  } catch {
    return null;
  }
}
