import { describe, expect, it } from 'vitest';
import { findMissing, scoreScorecard, type AnswerInput } from '../../../shared/scoring';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { ratio } from './build';

const elementIds = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));

/** Every element met except `missed`, which are not met, and `na`, which are not applicable. */
function review(missed: string[], na: string[] = []): Map<string, AnswerInput> {
  const value = (id: string): AnswerValue => (missed.includes(id) ? 'not_met' : na.includes(id) ? 'na' : 'met');
  return new Map(elementIds.map((id) => [id, { value: value(id) }]));
}

// The seed scorecard under SCORING.md: 20 elements of one point, no weights.
describe('the seed scorecard', () => {
  const sixMisses = ['welcome-1', 'welcome-5', 'customer-interaction-3', 'technical-knowledge-2', 'close-1', 'close-4'];

  it('six not met and fourteen met is exactly 70.0 %, Meets expectations', () => {
    const result = scoreScorecard(builtinTemplate, review(sixMisses));
    expect(ratio(result.overall?.exact)).toBe('70/1');
    expect(result.overall?.rounded).toBe(70);
    expect(result).toMatchObject({ bandId: 'meets', bandLabel: 'Meets expectations', meetsTarget: true, provisional: false });
  });

  it.each([
    [7, 65, 'does-not-meet', 'Does not meet expectations', false],
    [2, 90, 'meets', 'Meets expectations', true],
    [1, 95, 'exceeds', 'Exceeds expectations', true],
    [0, 100, 'exceeds', 'Exceeds expectations', true],
  ])('%i not met is %s %%, %s', (misses, percent, bandId, bandLabel, meetsTarget) => {
    const result = scoreScorecard(builtinTemplate, review(elementIds.slice(0, misses)));
    expect(ratio(result.overall?.exact)).toBe(`${percent}/1`);
    expect(result.overall?.rounded).toBe(percent);
    expect(result).toMatchObject({ bandId, bandLabel, meetsTarget });
  });

  it('gives each section its own score', () => {
    const result = scoreScorecard(builtinTemplate, review(sixMisses));
    expect(result.sections.map((s) => [s.sectionId, s.percentage?.rounded, s.bandId])).toEqual([
      ['welcome', 60, 'does-not-meet'],
      ['customer-interaction', 80, 'meets'],
      ['technical-knowledge', 80, 'meets'],
      ['close', 60, 'does-not-meet'],
    ]);
  });

  it('a section with nothing applicable counts as Meets, not as zero', () => {
    const closeIds = elementIds.filter((id) => id.startsWith('close-'));
    const result = scoreScorecard(builtinTemplate, review(['welcome-1', 'welcome-2', 'welcome-3', 'welcome-4'], closeIds));
    expect(result.sections[3]).toMatchObject({ percentage: null, bandId: 'meets' });
    // 11 of 15 applicable elements.
    expect(ratio(result.overall?.exact)).toBe('220/3');
    expect(result.bandId).toBe('meets');
  });

  it('an all not-applicable scorecard has no score, Meets expectations and can be completed', () => {
    const result = scoreScorecard(builtinTemplate, review([], elementIds));
    expect(result).toMatchObject({
      overall: null,
      bandId: 'meets',
      bandLabel: 'Meets expectations',
      meetsTarget: true,
      provisional: false,
      automaticFail: false,
    });
    expect(result.sections.every((s) => s.percentage === null && s.bandId === 'meets')).toBe(true);
    expect(findMissing(builtinTemplate, review([], elementIds))).toEqual([]);
  });

  it('a draft is provisional and lists what is left, by section and element label', () => {
    const partial = new Map<string, AnswerInput>([
      ['welcome-1', { value: 'met' }],
      ['welcome-2', { value: 'not_met' }],
    ]);
    const result = scoreScorecard(builtinTemplate, partial);
    expect(result.provisional).toBe(true);
    expect(ratio(result.overall?.exact)).toBe('50/1');
    const missing = findMissing(builtinTemplate, partial);
    expect(missing).toHaveLength(18);
    expect(missing[0]?.message).toBe('Welcome: "Upbeat and Friendly" has no answer yet.');
  });
});
