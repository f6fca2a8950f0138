import { describe, expect, it } from 'vitest';
import { findMissing, scoreScorecard } from '../../../shared/scoring';
import { answers, check, ratio, scale, section, template } from './build';

// Rule 7: what blocks completion, and how a draft is scored meanwhile.
describe('drafts and completion', () => {
  const t = template([
    section('a', [check('a1', { commentRequiredWhen: 'not_fully_met' }), check('a2'), check('a3')]),
    section('b', [scale('b1', 3, { commentRequiredWhen: 'not_fully_met' }), check('b2', { allowNotApplicable: true })]),
  ]);

  it('a draft is provisional and scores the answered elements only', () => {
    const result = scoreScorecard(t, answers({ a1: 'met', a2: 'not_met', b1: null }));
    expect(result.provisional).toBe(true);
    expect(ratio(result.overall?.exact)).toBe('50/1');
    expect(result.sections.map((s) => [s.answered, s.total])).toEqual([[2, 3], [0, 2]]);
    expect(result.sections[1]?.percentage).toBeNull();
  });

  it('an empty draft has no score yet', () => {
    const result = scoreScorecard(t, new Map());
    expect(result).toMatchObject({ provisional: true, overall: null, bandId: 'meets', automaticFail: false });
  });

  it('lists every unanswered element in template order, naming section and element', () => {
    const missing = findMissing(t, answers({ a2: 'met', b2: 'na' }));
    expect(missing.map((m) => [m.elementId, m.sectionId, m.reason])).toEqual([
      ['a1', 'a', 'unanswered'],
      ['a3', 'a', 'unanswered'],
      ['b1', 'b', 'unanswered'],
    ]);
    expect(missing[2]?.message).toBe('Section b: "Element b1" has no answer yet.');
  });

  it('requires a comment when an element that asks for one is not fully met', () => {
    const base = { a2: 'met', a3: 'met', b2: 'met' } as const;
    const missing = findMissing(t, answers({ ...base, a1: { value: 'not_met', comment: '  \n' }, b1: { value: 2 } }));
    expect(missing.map((m) => [m.elementId, m.reason])).toEqual([
      ['a1', 'comment_required'],
      ['b1', 'comment_required'],
    ]);
    expect(missing[0]?.message).toBe('Section a: "Element a1" needs a comment because it was not fully met.');
    // A comment is not a missing answer: the score itself is final.
    expect(scoreScorecard(t, answers({ ...base, a1: 'not_met', b1: 2 })).provisional).toBe(false);
  });

  it('needs no comment once written, when fully met, or when the element never asks', () => {
    expect(
      findMissing(t, answers({ a1: { value: 'not_met', comment: 'Forgot to greet' }, a2: 'not_met', a3: 'met', b1: 3, b2: 'not_met' })),
    ).toEqual([]);
  });

  it('a complete scorecard is not provisional', () => {
    const result = scoreScorecard(t, answers({ a1: 'met', a2: 'met', a3: 'met', b1: 3, b2: 'na' }));
    expect(result.provisional).toBe(false);
    expect(ratio(result.overall?.exact)).toBe('100/1');
  });
});
