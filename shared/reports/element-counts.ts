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

/**
 * Each element's six figures for each value it may take, judged once per
 * template version by the scoring rule (shared/scoring/answer.ts) rather than
 * again for every scorecard: reports add up hundreds of thousands of them.
 */
const tables = new WeakMap<TemplateContent, Map<string, Float64Array>[]>();

function contributionsOf(template: TemplateContent): Map<string, Float64Array>[] {
  let table = tables.get(template);
  if (table) return table;
  table = elementsInOrder(template).map(() => new Map<string, Float64Array>());
  tables.set(template, table);
  return table;
}

function contribution(template: TemplateContent, index: number, value: AnswerValue | null): Float64Array {
  const byValue = contributionsOf(template)[index]!;
  const key = String(value);
  let figures = byValue.get(key);
  if (!figures) {
    figures = new Float64Array(WIDTH);
    const outcome = judge(elementsInOrder(template)[index]!, { value });
    if (outcome.kind === 'not_applicable') [figures[0], figures[3]] = [1, 1];
    else if (outcome.kind === 'scored') {
      figures[0] = 1;
      figures[outcome.fullyMet ? 1 : 2] = 1;
      figures[4] = outcome.earned.toNumber();
      figures[5] = outcome.possible.toNumber();
    }
    byValue.set(key, figures);
  }
  return figures;
}

/** One scorecard's contribution. */
export function countsOf(template: TemplateContent, values: readonly (AnswerValue | null)[]): Float64Array {
  const n = contributionsOf(template).length;
  const counts = new Float64Array(n * WIDTH);
  for (let i = 0; i < n; i++) counts.set(contribution(template, i, values[i] ?? null), i * WIDTH);
  return counts;
}

/** How many figures one scorecard's vector of this template version holds. */
export const vectorWidth = (template: TemplateContent) => contributionsOf(template).length * WIDTH;

/**
 * `into` += the contribution of the scorecard whose stored values are `text`,
 * in place: what decodeValues, countsOf and addCounts do together, without
 * building a vector per scorecard, for reads that add up thousands of them.
 */
export function addValuesInto(into: Float64Array, template: TemplateContent, text: string): Float64Array {
  const n = contributionsOf(template).length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = text.indexOf(',', start);
    const raw = end < 0 ? text.slice(start) : text.slice(start, end);
    start = end < 0 ? text.length + 1 : end + 1;
    const figures = contribution(template, i, raw === '' ? null : /^\d+$/.test(raw) ? Number(raw) : (raw as AnswerValue));
    const at = i * WIDTH;
    for (let k = 0; k < WIDTH; k++) into[at + k]! += figures[k]!;
  }
  return into;
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
