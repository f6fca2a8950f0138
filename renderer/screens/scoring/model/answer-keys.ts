import type { AnswerValue } from '../../../../shared/schemas/scorecard';
import type { TemplateElement } from '../../../../shared/schemas/template';

export type AnswerIntent = 'met' | 'not_met' | 'na' | { scale: number };

export type AnswerResolution = { ok: true; value: AnswerValue } | { ok: false; reason: string };

/**
 * What a key means for this element. A key that does not fit (a digit on a
 * met/not-met element, N/A where the template forbids it) is refused with a
 * reason to show, rather than guessed at.
 */
export function resolveAnswer(element: TemplateElement, intent: AnswerIntent): AnswerResolution {
  if (intent === 'na') {
    return element.allowNotApplicable ? { ok: true, value: 'na' } : { ok: false, reason: 'Not applicable is not allowed for this element.' };
  }
  if (element.kind === 'check') {
    if (typeof intent === 'object') return { ok: false, reason: 'This element is met or not met: press M or N.' };
    return { ok: true, value: intent };
  }
  if (typeof intent !== 'object') return { ok: false, reason: `This element is a scale: press a digit from 0 to ${element.max}.` };
  if (intent.scale > element.max) return { ok: false, reason: `This scale goes from 0 to ${element.max}.` };
  return { ok: true, value: intent.scale };
}

/** The answers a person can give this element, in the order the buttons show them. */
export function answerOptions(element: TemplateElement): { value: AnswerValue; label: string; key: string }[] {
  const options: { value: AnswerValue; label: string; key: string }[] =
    element.kind === 'check'
      ? [
          { value: 'met', label: 'Met', key: 'M' },
          { value: 'not_met', label: 'Not met', key: 'N' },
        ]
      : element.scaleLabels.map((label, value) => ({ value, label: `${value} ${label}`, key: value <= 9 ? String(value) : '' }));
  if (element.allowNotApplicable) options.push({ value: 'na', label: 'N/A', key: 'A' });
  return options;
}

/** How an answer reads in words (read-only views, the missing list). */
export function describeAnswer(element: TemplateElement, value: AnswerValue | null): string {
  if (value === null) return 'Not answered';
  if (value === 'na') return 'Not applicable';
  if (value === 'met') return 'Met';
  if (value === 'not_met') return 'Not met';
  return element.kind === 'scale' ? `${value} — ${element.scaleLabels[value] ?? ''}` : String(value);
}

/** Whether the template asks for a comment on this answer (SCORING.md: "comment required when not fully met"). */
export function commentRequired(element: TemplateElement, value: AnswerValue | null): boolean {
  if (element.commentRequiredWhen !== 'not_fully_met') return false;
  if (value === 'not_met') return true;
  return element.kind === 'scale' && typeof value === 'number' && value < element.max;
}
