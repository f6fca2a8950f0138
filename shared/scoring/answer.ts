import type { AnswerValue } from '../schemas/scorecard';
import type { CommentRequiredWhen, TemplateElement } from '../schemas/template';
import { rulesFor } from './element-kinds';
import { Fraction } from './fraction';

/** What the engine reads of an answer: its value (null = unanswered) and its comment. */
export interface AnswerInput {
  value: AnswerValue | null;
  comment?: string;
}

/** Why a value cannot answer an element. */
export type Misfit = 'not_applicable_not_allowed' | 'invalid';

/**
 * How one answer counts under rule 1. An answer that does not fit its element (not
 * applicable where it is not allowed, a number on a check, met on a scale, a value
 * out of range) counts as unanswered: the backend refuses it, but a stored draft
 * from an older template version must still score rather than crash.
 */
export type Outcome =
  | { kind: 'unanswered'; why: 'missing' | Misfit }
  | { kind: 'not_applicable' }
  | { kind: 'scored'; earned: Fraction; possible: Fraction; fullyMet: boolean };

/** Every value a reviewer may give this element, not applicable last where the template allows it. */
export function answerValues(element: TemplateElement): AnswerValue[] {
  const values = rulesFor(element).values(element);
  return element.allowNotApplicable ? [...values, 'na'] : values;
}

/** Why `value` cannot answer `element`, or null when it can. Clearing an answer (null) always can. */
export function answerMisfit(element: TemplateElement, value: AnswerValue | null): Misfit | null {
  if (value === null) return null;
  if (value === 'na') return element.allowNotApplicable ? null : 'not_applicable_not_allowed';
  return rulesFor(element).values(element).includes(value) ? null : 'invalid';
}

/** What the element takes, in words: "met or not met", "a value from 0 to 3". */
export function answerTakes(element: TemplateElement): string {
  return rulesFor(element).takes(element);
}

/** The backend's refusal of a value that does not fit, naming the element; null when it fits. */
export function answerProblem(element: TemplateElement, value: AnswerValue | null): string | null {
  const misfit = answerMisfit(element, value);
  if (misfit === null) return null;
  if (misfit === 'not_applicable_not_allowed') return `"${element.label}" cannot be marked not applicable.`;
  return `"${element.label}" takes ${answerTakes(element)}, not ${JSON.stringify(value)}.`;
}

/** An answer in words: "Met", "Not applicable", a scale point's own label. */
export function answerLabel(element: TemplateElement, value: AnswerValue): string {
  if (value === 'na') return 'Not applicable';
  return answerMisfit(element, value) === null ? rulesFor(element).label(element, value) : String(value);
}

export function judge(element: TemplateElement, answer: AnswerInput | undefined): Outcome {
  const value = answer?.value ?? null;
  if (value === null) return { kind: 'unanswered', why: 'missing' };
  const misfit = answerMisfit(element, value);
  if (misfit !== null) return { kind: 'unanswered', why: misfit };
  if (value === 'na') return { kind: 'not_applicable' };
  const possible = Fraction.fromNumber(element.points);
  const credit = rulesFor(element).credit(element, value);
  return { kind: 'scored', earned: possible.times(credit), possible, fullyMet: credit.compare(Fraction.of(1)) === 0 };
}

/** When each `commentRequiredWhen` setting asks for a comment, from how the answer counts, and why in words. */
const commentRules: Record<CommentRequiredWhen, { applies: (outcome: Outcome) => boolean; because: string }> = {
  never: { applies: () => false, because: '' },
  // "When not fully met": a scored answer short of full points. Not applicable and unanswered need none.
  not_fully_met: { applies: (outcome) => outcome.kind === 'scored' && !outcome.fullyMet, because: 'it was not fully met' },
  // "Always": every answered element, not applicable included (rule 7 counts it as an answer); an open one needs its answer first.
  always: { applies: (outcome) => outcome.kind !== 'unanswered', because: 'the template asks for a comment on every answer' },
};

/** Why the template asks for a comment on this answer ("it was not fully met"), or null when it does not (rule 7). */
export function whyCommentRequired(element: TemplateElement, value: AnswerValue | null): string | null {
  const rule = commentRules[element.commentRequiredWhen];
  return rule.applies(judge(element, { value })) ? rule.because : null;
}

export function commentRequired(element: TemplateElement, value: AnswerValue | null): boolean {
  return whyCommentRequired(element, value) !== null;
}
