import { answerLabel, answerMisfit, answerTakes, answerValues } from '../../../shared/scoring';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import type { TemplateElement } from '../../../shared/schemas/template';

export type AnswerIntent = 'met' | 'not_met' | 'na' | { scale: number };

export type AnswerResolution = { ok: true; value: AnswerValue } | { ok: false; reason: string };

export interface AnswerOption {
  value: AnswerValue;
  label: string;
  /** What to type for this answer: a letter, or a scale point's digits ("10" is 1 then 0, see scale-entry.ts). */
  key: string;
}

/** The key of each answer: letters for words, the digits themselves for a scale point. Which answers exist is shared/scoring's. */
function keyOf(value: AnswerValue): string {
  if (value === 'met') return 'M';
  if (value === 'not_met') return 'N';
  if (value === 'na') return 'A';
  return String(value);
}

const buttonLabel = (element: TemplateElement, value: AnswerValue): string =>
  value === 'na' ? 'N/A' : typeof value === 'number' ? `${value} ${answerLabel(element, value)}` : answerLabel(element, value);

/** The answers a person can give this element, in the order the buttons show them. */
export function answerOptions(element: TemplateElement): AnswerOption[] {
  return answerValues(element).map((value) => ({ value, label: buttonLabel(element, value), key: keyOf(value) }));
}

const listed = (keys: string[]) => (keys.length > 1 ? `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}` : (keys[0] ?? ''));

/**
 * What a key means for this element. A key that does not fit (a digit on a
 * met/not-met element, N/A where the template forbids it) is refused with a
 * reason to show, rather than guessed at.
 */
export function resolveAnswer(element: TemplateElement, intent: AnswerIntent): AnswerResolution {
  const value = typeof intent === 'object' ? intent.scale : intent;
  const misfit = answerMisfit(element, value);
  if (misfit === null) return { ok: true, value };
  if (misfit === 'not_applicable_not_allowed') return { ok: false, reason: 'Not applicable is not allowed for this element.' };
  const keys = answerOptions(element)
    .filter((option) => option.value !== 'na')
    .map((option) => option.key);
  // A long scale is a range, not a list of eleven keys.
  const press = keys.length > 5 ? `type ${keys[0]} to ${keys.at(-1)}` : `press ${listed(keys)}`;
  return { ok: false, reason: `This element takes ${answerTakes(element)}: ${press}.` };
}

/** How an answer reads in words (read-only views, the missing list). */
export function describeAnswer(element: TemplateElement, value: AnswerValue | null): string {
  if (value === null) return 'Not answered';
  const words = answerLabel(element, value);
  return typeof value === 'number' && answerMisfit(element, value) === null ? `${value} — ${words}` : words;
}
