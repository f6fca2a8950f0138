import type { AnswerValue } from '../schemas/scorecard';
import { scaleMin, type TemplateElement } from '../schemas/template';
import { Fraction } from './fraction';

type ElementOf<K extends TemplateElement['kind']> = Extract<TemplateElement, { kind: K }>;

/**
 * What one kind of element takes as an answer and what each answer earns
 * (SCORING.md template settings and rule 1). This table is the only code that
 * knows the kinds: the engine, the backend's refusals, the renderer's buttons
 * and keys and the answer in words all read it, so a new kind is one entry
 * here besides its schema.
 */
interface KindRules<E extends TemplateElement> {
  /** The values that answer the element, not applicable aside, in the order a reviewer is offered them. */
  values(element: E): AnswerValue[];
  /** The share of the element's points a value from `values` earns: 1 is fully met. */
  credit(element: E, value: AnswerValue): Fraction;
  /** A value from `values` in words, as the template names it. */
  label(element: E, value: AnswerValue): string;
  /** What the element takes, for a refusal: "met or not met". */
  takes(element: E): string;
}

type KindTable = { [K in TemplateElement['kind']]: KindRules<ElementOf<K>> };

const ONE = Fraction.of(1);

const kinds: KindTable = {
  check: {
    values: () => ['met', 'not_met'],
    credit: (_, value) => (value === 'met' ? ONE : Fraction.ZERO),
    label: (_, value) => (value === 'met' ? 'Met' : 'Not met'),
    takes: () => 'met or not met',
  },
  scale: {
    // The schema gives a scale one label per point, so its values are exactly min..max.
    values: (element) => element.scaleLabels.map((_, i) => scaleMin(element) + i),
    // Rule 1: v earns points × (v − min) / (max − min), so the lowest point earns nothing and the top all.
    credit: (element, value) => Fraction.of(Number(value) - scaleMin(element), element.max - scaleMin(element)),
    label: (element, value) => element.scaleLabels[Number(value) - scaleMin(element)] ?? String(value),
    takes: (element) => `a value from ${scaleMin(element)} to ${element.max}`,
  },
};

export function rulesFor<E extends TemplateElement>(element: E): KindRules<E> {
  return kinds[element.kind] as KindRules<TemplateElement> as KindRules<E>;
}
