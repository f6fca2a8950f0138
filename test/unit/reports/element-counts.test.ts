import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCounts, addValuesInto, countsOf, decodeValues, encodeValues, vectorWidth } from '../../../shared/reports/element-counts';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { TemplateContent } from '../../../shared/schemas/template';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { salesCalls } from '../templates/support/service';

const sales = TemplateContent.parse(salesCalls());
const ids = (t: TemplateContent) => t.sections.flatMap((s) => s.elements.map((e) => e.id));

/** Stored values of one scorecard of `template`: every element met, not met, not applicable or unanswered (scales 0–10). */
const storedValues = (template: TemplateContent) =>
  fc
    .tuple(...template.sections.flatMap((s) => s.elements).map((e) => (e.kind === 'scale' ? fc.option(fc.integer({ min: 0, max: 10 })) : fc.constantFrom<AnswerValue | null>('met', 'not_met', 'na', null))))
    .map((values) => encodeValues(template, new Map(ids(template).map((id, i) => [id, values[i] ?? null]))));

describe('adding stored answer values straight into a vector', () => {
  it('gives what decoding, counting and adding each scorecard gives, for check and scale templates', () => {
    for (const template of [builtinTemplate, sales]) {
      fc.assert(
        fc.property(fc.array(storedValues(template), { maxLength: 30 }), (scorecards) => {
          const direct = new Float64Array(vectorWidth(template));
          const stepwise = new Float64Array(vectorWidth(template));
          for (const text of scorecards) {
            addValuesInto(direct, template, text);
            addCounts(stepwise, countsOf(template, decodeValues(text)), 1);
          }
          expect([...direct]).toEqual([...stepwise]);
        }),
      );
    }
  });
});
