import { answerMisfit, answerTakes, answerValues } from '../../../shared/scoring';
import type { TemplateElement } from '../../../shared/schemas/template';
import { SEQUENCE_TIMEOUT_MS } from '../../keyboard/matcher';
import { resolveAnswer } from './answer-keys';

/** The digits typed so far for a scale value on one element ("1" while 10 may follow). */
export interface ScaleEntry {
  elementId: string;
  typed: string;
}

/** How long a first digit waits for a second one before it stands alone: the same time as the second key of "g l". */
export const SCALE_ENTRY_TIMEOUT_MS = SEQUENCE_TIMEOUT_MS;

export type ScaleStep =
  /** A complete value: answer it (and move on). */
  | { kind: 'answer'; value: number }
  /** More digits may follow: keep `entry`, show `hint`, and answer it on Enter or after the pause. */
  | { kind: 'wait'; entry: ScaleEntry; hint: string }
  | { kind: 'refuse'; reason: string };

const pointsOf = (element: TemplateElement) => answerValues(element).filter((v): v is number => typeof v === 'number');
const fits = (element: TemplateElement, typed: string) => String(Number(typed)) === typed && answerMisfit(element, Number(typed)) === null;
const refusal = (element: TemplateElement, typed: string): ScaleStep => ({ kind: 'refuse', reason: `This element takes ${answerTakes(element)}: ${typed} is not one of them.` });

/**
 * A digit key on a scale element. One digit answers at once unless a longer
 * value starts with it (on a 0–10 scale, "1" may be the start of 10): then it
 * waits for the next digit, which completes the value ("1", "0" is 10), or for
 * Enter or a short pause, which answer the digit alone. So every scale keeps
 * its one-key answers, and 10 is two quick keys. The rule of which values fit
 * is shared/scoring's; this only assembles the digits.
 */
export function typeScaleDigit(element: TemplateElement, entry: ScaleEntry | null, digit: number): ScaleStep {
  const direct = resolveAnswer(element, { scale: digit });
  if (pointsOf(element).length === 0) return { kind: 'refuse', reason: direct.ok ? '' : direct.reason };
  const typed = `${entry?.elementId === element.id ? entry.typed : ''}${digit}`;
  const longer = pointsOf(element).filter((v) => String(v).length > typed.length && String(v).startsWith(typed));
  if (longer.length > 0) {
    const next = longer.map((v) => String(v).slice(typed.length, typed.length + 1)).join(' or ');
    const alone = fits(element, typed) ? `, or Enter for ${typed}` : '';
    return { kind: 'wait', entry: { elementId: element.id, typed }, hint: `${typed}… press ${next} for ${longer.join(' or ')}${alone}.` };
  }
  return fits(element, typed) ? { kind: 'answer', value: Number(typed) } : refusal(element, typed);
}

/** Enter, or the pause after a first digit: the digits typed so far as the answer, if they are one. */
export function finishScaleEntry(element: TemplateElement, entry: ScaleEntry): ScaleStep {
  return fits(element, entry.typed) ? { kind: 'answer', value: Number(entry.typed) } : refusal(element, entry.typed);
}
