import { describe, expect, it } from 'vitest';
import { answerLabel, answerMisfit, answerProblem, answerValues, commentRequired, findMissing, scoreScorecard } from '../../../shared/scoring';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { TemplateContent, TemplateElement } from '../../../shared/schemas/template';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { validateTemplate } from '../../../shared/templates/validate';
import { check, draft, scale, section } from './build';

// The two rules the builder offers that the engine, the backend and the renderer all read from
// shared/scoring: a scale's minimum (rule 1) and "comment required: always" (rule 7).
const oneToFive = TemplateElement.parse(scale('tone', 5, { min: 1, scaleLabels: ['Poor', 'Weak', 'Fair', 'Good', 'Great'] }));
const zeroToTen = TemplateElement.parse(scale('nps', 10));
const always = TemplateElement.parse(check('greet', 'Greets', { allowNotApplicable: true, commentRequiredWhen: 'always' }));

const answers = (values: Record<string, AnswerValue | null>, comments: Record<string, string> = {}) =>
  new Map(Object.entries(values).map(([id, value]) => [id, { value, comment: comments[id] ?? '' }]));

const content = (elements: ReturnType<typeof scale>[]) => TemplateContent.parse(draft([section('s', elements)]));

describe('a scale with a minimum', () => {
  it('takes exactly min..max, and words the refusal with its range', () => {
    expect(answerValues(oneToFive)).toEqual([1, 2, 3, 4, 5]);
    expect(answerMisfit(oneToFive, 0)).toBe('invalid');
    expect(answerMisfit(oneToFive, 6)).toBe('invalid');
    expect(answerMisfit(oneToFive, 1)).toBeNull();
    expect(answerProblem(oneToFive, 0)).toBe('"Element tone" takes a value from 1 to 5, not 0.');
    expect(answerLabel(oneToFive, 1)).toBe('Poor');
    expect(answerLabel(oneToFive, 5)).toBe('Great');
  });

  it('earns points × (v − min) / (max − min): the lowest point nothing, the top all, exactly', () => {
    const t = content([scale('tone', 5, { min: 1, points: 4 })]);
    const percent = (v: number) => scoreScorecard(t, answers({ tone: v })).overall?.value;
    expect([1, 2, 3, 4, 5].map(percent)).toEqual([0, 25, 50, 75, 100]);
    const earned = scoreScorecard(t, answers({ tone: 3 })).sections[0]!.earnedPoints;
    expect(earned).toEqual({ numerator: '2', denominator: '1' });
  });

  it('scores 0–10 scales at 10 and at 7 exactly (70 % is Meets, never 69.99…)', () => {
    const t = content([scale('nps', 10)]);
    expect(answerValues(zeroToTen)).toHaveLength(11);
    expect(scoreScorecard(t, answers({ nps: 10 })).overall?.exact).toEqual({ numerator: '100', denominator: '1' });
    expect(scoreScorecard(t, answers({ nps: 7 })).bandId).toBe('meets');
  });

  it('is refused when min is not below max, or the labels do not cover min..max', () => {
    const errors = (extra: Record<string, unknown>) => {
      const result = validateTemplate(draft([section('s', [scale('x', 3, extra)])]));
      return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`);
    };
    expect(errors({ min: 4, scaleLabels: ['a'] })).toEqual(["sections[0].elements[0].max: must be above the scale's minimum (4)"]);
    expect(errors({ min: 1, scaleLabels: ['a', 'b'] })).toEqual(['sections[0].elements[0].scaleLabels: needs one label for each point from 1 to 3 (3 labels), not 2']);
  });

  it('leaves a template without min exactly as it was: the built-in keeps its content (and so its hash)', () => {
    expect(JSON.stringify(TemplateContent.parse(builtinTemplate))).toBe(JSON.stringify(builtinTemplate));
    expect(JSON.stringify(builtinTemplate)).not.toContain('"min"');
  });
});

describe('comment required: always', () => {
  it('asks for a comment on every answer, not applicable included, and not on an open element', () => {
    expect((['met', 'not_met', 'na'] as const).map((v) => commentRequired(always, v))).toEqual([true, true, true]);
    expect(commentRequired(always, null)).toBe(false);
  });

  it('stops completion until the comment is written, saying why', () => {
    const t = TemplateContent.parse(draft([section('s', [check('greet', 'Greets', { commentRequiredWhen: 'always' })])]));
    expect(findMissing(t, answers({ greet: 'met' }))).toEqual([
      { elementId: 'greet', sectionId: 's', reason: 'comment_required', message: 'Section s: "Greets" needs a comment because the template asks for a comment on every answer.' },
    ]);
    expect(findMissing(t, answers({ greet: 'met' }, { greet: 'Warm and clear' }))).toEqual([]);
    expect(findMissing(t, answers({ greet: 'met' }, { greet: '   ' }))).toHaveLength(1);
  });

  it('changes no score', () => {
    const withAlways = TemplateContent.parse(draft([section('s', [check('a', 'A', { commentRequiredWhen: 'always' }), check('b')])]));
    const without = TemplateContent.parse(draft([section('s', [check('a', 'A'), check('b')])]));
    const given = answers({ a: 'met', b: 'not_met' });
    expect(scoreScorecard(withAlways, given)).toEqual(scoreScorecard(without, given));
  });
});
