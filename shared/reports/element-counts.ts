import { judge } from '../scoring/answer';
import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';

/**
 * The element facts of reports: for each element of a template version, in
 * template order, six figures — answered, met, not met, not applicable,
 * points earned, points possible. "Met" is fully met (a scale at its top
 * point); "not met" anything less; not applicable counts in neither points.
 * One vector per (agent, day or month, template version, source) row.
 */
export const MEASURES = ['answered', 'met', 'notMet', 'notApplicable', 'earned', 'possible'] as const;
export const WIDTH = MEASURES.length;

export interface ElementTotals {
  answered: number;
  met: number;
  notMet: number;
  notApplicable: number;
  earned: number;
  possible: number;
}

export const elementsInOrder = (template: TemplateContent) => template.sections.flatMap((s) => s.elements);

/** Answer values in template order, as stored with each counted scorecard ('' = unanswered). */
export function encodeValues(template: TemplateContent, answers: ReadonlyMap<string, AnswerValue | null>): string {
  return elementsInOrder(template)
    .map((e) => {
      const v = answers.get(e.id);
      return v === null || v === undefined ? '' : String(v);
    })
    .join(',');
}

export function decodeValues(text: string): (AnswerValue | null)[] {
  return text.split(',').map((v) => (v === '' ? null : /^\d+$/.test(v) ? Number(v) : (v as AnswerValue)));
}

/** One scorecard's contribution. */
export function countsOf(template: TemplateContent, values: readonly (AnswerValue | null)[]): Float64Array {
  const elements = elementsInOrder(template);
  const counts = new Float64Array(elements.length * WIDTH);
  elements.forEach((element, i) => {
    const outcome = judge(element, { value: values[i] ?? null });
    if (outcome.kind === 'unanswered') return;
    const at = i * WIDTH;
    counts[at] = 1;
    if (outcome.kind === 'not_applicable') {
      counts[at + 3] = 1;
      return;
    }
    counts[at + (outcome.fullyMet ? 1 : 2)] = 1;
    counts[at + 4] = outcome.earned.toNumber();
    counts[at + 5] = outcome.possible.toNumber();
  });
  return counts;
}

/** `into` += sign × `from`, in place (vectors of one template version have one length). */
export function addCounts(into: Float64Array, from: Float64Array, sign: 1 | -1): Float64Array {
  for (let i = 0; i < from.length; i++) into[i] = (into[i] ?? 0) + sign * (from[i] ?? 0);
  return into;
}

/** Nothing left: no element answered. A row that counts nothing is removed, so a rebuild and the running facts agree. */
export function isEmpty(counts: Float64Array): boolean {
  for (let i = 0; i < counts.length; i += WIDTH) if (Math.round(counts[i] ?? 0) !== 0) return false;
  return true;
}

export function totalsAt(counts: Float64Array, index: number): ElementTotals {
  const at = index * WIDTH;
  const v = (k: number) => counts[at + k] ?? 0;
  return { answered: v(0), met: v(1), notMet: v(2), notApplicable: v(3), earned: v(4), possible: v(5) };
}
