import { describe, expect, it } from 'vitest';
import { answerLabel, answerMisfit, answerProblem, answerValues, commentRequired, findMissing, scoreScorecard, whyCommentRequired } from '../../../shared/scoring';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { TemplateElement } from '../../../shared/schemas/template';
import { answers, check, scale, section, template } from './build';

// The answer rules every caller shares: the engine, the backend's refusals and the renderer's buttons and keys.
const plain = TemplateElement.parse(check('c'));
const withNa = TemplateElement.parse(check('d', { allowNotApplicable: true, commentRequiredWhen: 'not_fully_met' }));
const tone = TemplateElement.parse(scale('s', 3, { scaleLabels: ['Poor', 'Fair', 'Good', 'Great'], commentRequiredWhen: 'not_fully_met' }));
const anything: AnswerValue[] = ['met', 'not_met', 'na', 0, 1, 2, 3, 4, 10];

describe('which answers fit an element', () => {
  it('offers each kind its own values, not applicable last where allowed', () => {
    expect(answerValues(plain)).toEqual(['met', 'not_met']);
    expect(answerValues(withNa)).toEqual(['met', 'not_met', 'na']);
    expect(answerValues(tone)).toEqual([0, 1, 2, 3]);
  });

  it('fits exactly the values it offers, and clearing always', () => {
    for (const element of [plain, withNa, tone]) {
      const offered = answerValues(element);
      for (const value of anything) expect(answerMisfit(element, value) === null, `${element.id} ${value}`).toBe(offered.includes(value));
      expect(answerMisfit(element, null)).toBeNull();
    }
  });

  it('says why a value does not fit: not applicable refused, or the wrong kind of value', () => {
    expect(answerMisfit(plain, 'na')).toBe('not_applicable_not_allowed');
    expect(answerMisfit(plain, 2)).toBe('invalid');
    expect(answerMisfit(tone, 'met')).toBe('invalid');
    expect(answerMisfit(tone, 4)).toBe('invalid');
  });

  it('refuses in words naming the element and what it takes', () => {
    expect(answerProblem(plain, 'met')).toBeNull();
    expect(answerProblem(plain, 'na')).toBe('"Element c" cannot be marked not applicable.');
    expect(answerProblem(plain, 3)).toBe('"Element c" takes met or not met, not 3.');
    expect(answerProblem(tone, 'not_met')).toBe('"Element s" takes a value from 0 to 3, not "not_met".');
  });

  it('and the engine counts exactly the misfits as unanswered', () => {
    const t = template([section('x', [TemplateElement.parse(check('c')), tone])]);
    for (const value of anything) {
      const result = scoreScorecard(t, answers({ c: 'met', s: value }));
      expect(result.provisional, String(value)).toBe(answerMisfit(tone, value) !== null);
    }
  });
});

describe('answers in words', () => {
  it('uses the template’s own words for scale points', () => {
    expect(answerLabel(plain, 'met')).toBe('Met');
    expect(answerLabel(plain, 'not_met')).toBe('Not met');
    expect(answerLabel(withNa, 'na')).toBe('Not applicable');
    expect(answerLabel(tone, 2)).toBe('Good');
    expect(answerLabel(plain, 2)).toBe('2');
  });
});

describe('comment required', () => {
  it('when not fully met, where the template says so; never for not applicable or no answer', () => {
    expect(commentRequired(withNa, 'not_met')).toBe(true);
    expect(commentRequired(withNa, 'met')).toBe(false);
    expect(commentRequired(withNa, 'na')).toBe(false);
    expect(commentRequired(withNa, null)).toBe(false);
    expect(commentRequired(tone, 0)).toBe(true);
    expect(commentRequired(tone, 2)).toBe(true);
    expect(commentRequired(tone, 3)).toBe(false);
    expect(commentRequired(plain, 'not_met')).toBe(false);
    expect(whyCommentRequired(tone, 1)).toBe('it was not fully met');
  });

  it('is the rule completion checks', () => {
    const t = template([section('x', [withNa, tone])]);
    for (const [d, s] of [['not_met', 3], ['met', 1], ['na', 0], ['met', 3]] as const) {
      const missing = findMissing(t, answers({ d, s })).filter((m) => m.reason === 'comment_required').map((m) => m.elementId);
      expect(missing).toEqual([commentRequired(withNa, d) && 'd', commentRequired(tone, s) && 's'].filter(Boolean));
    }
    expect(findMissing(t, answers({ d: { value: 'not_met', comment: ' why ' }, s: 3 }))).toEqual([]);
  });
});
