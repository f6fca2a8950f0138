import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateElement } from '../schemas/template';
import { Fraction } from './fraction';

/** What the engine reads of an answer: its value (null = unanswered) and its comment. */
export interface AnswerInput {
  value: AnswerValue | null;
  comment?: string;
}

/**
 * How one answer counts under rule 1. An answer that does not fit its element (not
 * applicable where it is not allowed, a number on a check, met on a scale, a value
 * out of range) counts as unanswered: the backend validates too, but a stored draft
 * from an older template version must still score rather than crash.
 */
export type Outcome =
  | { kind: 'unanswered'; why: 'missing' | 'not_applicable_not_allowed' | 'invalid' }
  | { kind: 'not_applicable' }
  | { kind: 'scored'; earned: Fraction; possible: Fraction; fullyMet: boolean };

const isScaleValue = (value: AnswerValue, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

export function judge(element: TemplateElement, answer: AnswerInput | undefined): Outcome {
  const value = answer?.value ?? null;
  if (value === null) return { kind: 'unanswered', why: 'missing' };
  if (value === 'na')
    return element.allowNotApplicable ? { kind: 'not_applicable' } : { kind: 'unanswered', why: 'not_applicable_not_allowed' };
  const possible = Fraction.fromNumber(element.points);
  if (element.kind === 'check') {
    if (value === 'met') return { kind: 'scored', earned: possible, possible, fullyMet: true };
    if (value === 'not_met') return { kind: 'scored', earned: Fraction.ZERO, possible, fullyMet: false };
  } else if (isScaleValue(value, element.max)) {
    const earned = possible.times(Fraction.of(value, element.max));
    return { kind: 'scored', earned, possible, fullyMet: value === element.max };
  }
  return { kind: 'unanswered', why: 'invalid' };
}
