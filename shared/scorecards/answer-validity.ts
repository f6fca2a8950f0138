import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateElement } from '../schemas/template';

/**
 * Why a value cannot answer an element, or null when it can. Null (clearing an
 * answer) is always allowed on a draft. Both the backend (to refuse) and the
 * renderer (to not offer) use this, so they never disagree.
 */
export function answerProblem(element: TemplateElement, value: AnswerValue | null): string | null {
  if (value === null) return null;
  if (value === 'na') return element.allowNotApplicable ? null : `"${element.label}" cannot be marked not applicable.`;
  if (element.kind === 'check') {
    return value === 'met' || value === 'not_met' ? null : `"${element.label}" is answered met or not met, not with a number.`;
  }
  if (typeof value !== 'number') return `"${element.label}" is answered with a value from 0 to ${element.max}.`;
  return value >= 0 && value <= element.max ? null : `"${element.label}" takes a value from 0 to ${element.max}.`;
}
