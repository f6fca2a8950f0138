import { describe, expect, it } from 'vitest';
import { scoreScorecard } from '../../../shared/scoring';
import { answers, check, ratio, scale, section, template } from './build';

// Rule 4: critical elements.
describe('section-critical elements', () => {
  const t = template([
    section('a', [check('a1', { critical: 'section', allowNotApplicable: true }), check('a2'), check('a3')]),
    section('b', [check('b1'), scale('b2', 3, { critical: 'section' })]),
  ]);

  it('not met zeroes the section but its possible points still count overall', () => {
    const result = scoreScorecard(t, answers({ a1: 'not_met', a2: 'met', a3: 'met', b1: 'met', b2: 3 }));
    const a = result.sections[0];
    expect(a?.criticalFailElementId).toBe('a1');
    expect(ratio(a?.percentage?.exact)).toBe('0/1');
    expect(ratio(a?.earnedPoints)).toBe('0/1');
    expect(ratio(a?.possiblePoints)).toBe('3/1');
    expect(a?.bandId).toBe('does-not-meet');
    // 0 of 3 plus 2 of 2.
    expect(ratio(result.overall?.exact)).toBe('40/1');
    expect(result.automaticFail).toBe(false);
  });

  it('a scale below its max is not fully met', () => {
    const result = scoreScorecard(t, answers({ a1: 'met', a2: 'met', a3: 'met', b1: 'met', b2: 2 }));
    expect(result.sections[1]?.criticalFailElementId).toBe('b2');
    expect(ratio(result.sections[1]?.percentage?.exact)).toBe('0/1');
    expect(ratio(result.overall?.exact)).toBe('60/1');
  });

  it('met, not applicable or not yet answered does not fail the section', () => {
    for (const a1 of ['met', 'na', null] as const) {
      const s = scoreScorecard(t, answers({ a1, a2: 'met', a3: 'not_met' })).sections[0];
      expect(s?.criticalFailElementId).toBeNull();
      expect(ratio(s?.percentage?.exact)).toBe(a1 === 'met' ? '200/3' : '50/1');
    }
  });

  it('in a weighted template the failed section counts as 0 in the mean', () => {
    const w = template([
      section('a', [check('a1', { critical: 'section' }), check('a2')], { weight: 1 }),
      section('b', [check('b1')], { weight: 3 }),
    ]);
    const result = scoreScorecard(w, answers({ a1: 'not_met', a2: 'met', b1: 'met' }));
    expect(ratio(result.overall?.exact)).toBe('75/1');
  });
});

describe('scorecard-critical elements', () => {
  const t = template([
    section('a', [check('a1', { critical: 'scorecard' }), check('a2')]),
    section('b', [scale('b1', 4, { critical: 'scorecard' }), check('b2', { critical: 'scorecard', allowNotApplicable: true })]),
  ]);

  it('not fully met fails the whole scorecard, naming every failed element', () => {
    const result = scoreScorecard(t, answers({ a1: 'not_met', a2: 'met', b1: 3, b2: 'met' }));
    expect(result.automaticFail).toBe(true);
    expect(result.automaticFailElementIds).toEqual(['a1', 'b1']);
    expect(result.overall).toEqual({ exact: { numerator: '0', denominator: '1' }, value: 0, rounded: 0 });
    expect(result.bandId).toBe('does-not-meet');
    expect(result.meetsTarget).toBe(false);
    // Sections keep their own scores so the reviewer sees what else happened.
    expect(ratio(result.sections[0]?.percentage?.exact)).toBe('50/1');
    expect(result.sections[0]?.criticalFailElementId).toBeNull();
  });

  it('fully met or not applicable scores normally', () => {
    const result = scoreScorecard(t, answers({ a1: 'met', a2: 'not_met', b1: 4, b2: 'na' }));
    expect(result.automaticFail).toBe(false);
    expect(result.automaticFailElementIds).toEqual([]);
    expect(ratio(result.overall?.exact)).toBe('200/3');
  });
});
