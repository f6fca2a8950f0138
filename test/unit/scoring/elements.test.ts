import { describe, expect, it } from 'vitest';
import { findMissing, scoreScorecard } from '../../../shared/scoring';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { answers, check, ratio, scale, section, template } from './build';

// Rule 1: what each answer earns out of what it could have earned.
describe('element points', () => {
  const checks = template([section('s', [check('a', { points: 1.5 }), check('b', { points: 0.25, allowNotApplicable: true })])]);

  it('a met check earns its points, a not met one earns nothing', () => {
    const s = scoreScorecard(checks, answers({ a: 'met', b: 'not_met' })).sections[0];
    expect(ratio(s?.earnedPoints)).toBe('3/2');
    expect(ratio(s?.possiblePoints)).toBe('7/4');
    expect(ratio(s?.percentage?.exact)).toBe('600/7');
  });

  it('not applicable leaves the element out of earned and possible', () => {
    const s = scoreScorecard(checks, answers({ a: 'not_met', b: 'na' })).sections[0];
    expect(ratio(s?.earnedPoints)).toBe('0/1');
    expect(ratio(s?.possiblePoints)).toBe('3/2');
    expect(s?.answered).toBe(2);
  });

  it('a scale value earns points × value / max (0–3)', () => {
    const t = template([section('s', [scale('q', 3)])]);
    const earned = [0, 1, 2, 3].map((v) => ratio(scoreScorecard(t, answers({ q: v })).sections[0]?.earnedPoints));
    expect(earned).toEqual(['0/1', '1/3', '2/3', '1/1']);
    expect(scoreScorecard(t, answers({ q: 2 })).overall?.rounded).toBe(66.7);
  });

  it('a 1–5 style scale stored as 0..4 with 2 points earns 2 × v / 4', () => {
    const t = template([section('s', [scale('q', 4, { points: 2 })])]);
    const result = scoreScorecard(t, answers({ q: 3 }));
    expect(ratio(result.sections[0]?.earnedPoints)).toBe('3/2');
    expect(ratio(result.overall?.exact)).toBe('75/1');
  });

  describe('an answer that does not fit its element counts as unanswered', () => {
    const t = template([
      section('s', [check('c'), scale('q', 3, { allowNotApplicable: true }), check('k', { points: 2 })]),
    ]);
    const cases: Array<[string, Record<string, AnswerValue | null>]> = [
      ['not applicable where it is not allowed', { c: 'na', q: 3 }],
      ['a number on a check', { c: 1, q: 3 }],
      ['met on a scale', { c: 'met', q: 'met' }],
      ['not met on a scale', { c: 'met', q: 'not_met' }],
      ['a value above the max', { c: 'met', q: 4 }],
      ['a fractional value', { c: 'met', q: 1.5 }],
      ['a negative value', { c: 'met', q: -1 }],
    ];
    it.each(cases)('%s', (_, values) => {
      const result = scoreScorecard(t, answers({ ...values, k: 'met' }));
      expect(result.provisional).toBe(true);
      expect(result.sections[0]?.answered).toBe(2);
      // Only the valid answers count: k (2 of 2) plus whichever of c / q was valid and met.
      expect(result.overall?.rounded).toBe(100);
      expect(ratio(result.sections[0]?.possiblePoints)).toBe('3/1');
      const missing = findMissing(t, answers({ ...values, k: 'met' }));
      expect(missing).toHaveLength(1);
      expect(missing[0]?.reason).toBe('unanswered');
    });

    it('and says why when not applicable is not allowed', () => {
      const [item] = findMissing(t, answers({ c: 'na', q: 0, k: 'met' }));
      expect(item).toMatchObject({ elementId: 'c', sectionId: 's', reason: 'unanswered' });
      expect(item?.message).toMatch(/not applicable/);
      expect(item?.message).toContain('Section s');
      expect(item?.message).toContain('Element c');
    });
  });

  it('ignores answers for elements the template does not have', () => {
    const result = scoreScorecard(checks, answers({ a: 'met', b: 'met', ghost: 'not_met' }));
    expect(ratio(result.overall?.exact)).toBe('100/1');
    expect(findMissing(checks, answers({ a: 'met', b: 'met', ghost: null }))).toEqual([]);
  });
});
