import { describe, expect, it } from 'vitest';
import { findingsOf, MINIMUM_APPLICABLE, TEAM_GAP, type ElementTally } from '../../../shared/coaching/findings';

const tally = (elementId: string, met: number, notMet: number, team: [number, number] | null = null): ElementTally => ({
  elementId,
  number: elementId,
  label: `Element ${elementId}`,
  section: 'Welcome',
  met,
  notMet,
  team: team ? { met: team[0], notMet: team[1] } : null,
});

describe('strengths and development needs', () => {
  it('never judges an element from fewer applicable answers than the minimum, and says how many it left out', () => {
    expect(MINIMUM_APPLICABLE).toBe(5);
    // Four misses in four calls: striking, but under the minimum.
    const { needs, strengths, notJudged } = findingsOf([tally('1.1', 0, 4, [40, 10]), tally('1.2', 0, 5, [40, 10]), tally('1.3', 0, 0)], 70);
    expect(needs.map((n) => n.elementId)).toEqual(['1.2']);
    expect(strengths).toEqual([]);
    // An element never applicable is not "not judged": there is nothing to judge.
    expect(notJudged).toEqual([{ elementId: '1.1', number: '1.1', label: 'Element 1.1', applicable: 4 }]);
    // A different minimum is honoured.
    expect(findingsOf([tally('1.1', 0, 4)], 70, 4).needs.map((n) => n.elementId)).toEqual(['1.1']);
  });

  it('calls a need only when the rate is clearly below the target or well behind the rest of the team', () => {
    // 5 of 10 (50 %): the Wilson range 24–76 % reaches the 70 % target, and the team is at 55 %: not a need.
    expect(findingsOf([tally('a', 5, 5, [55, 45])], 70).needs).toEqual([]);
    // The same rate with the team at 85 %: 35 points behind, a need.
    const behind = findingsOf([tally('a', 5, 5, [85, 15])], 70).needs[0]!;
    expect(behind.reason).toBe(
      'Met in 5 of 10 applicable calls (50 %; 95 % range 24 %–76 %): below the 70 % target and 35 % behind the rest of the team; the rest of the team 85 %.',
    );
    // 2 of 12 (17 %): the whole range (5–45 %) is under the target, whoever the team is.
    const clearly = findingsOf([tally('b', 2, 10)], 70).needs[0]!;
    expect(clearly).toMatchObject({ met: 2, applicable: 12, teamRate: null });
    expect(clearly.reason).toContain('clearly below the 70 % target; no one else in the team to compare with');
    expect(clearly.upper).toBeLessThan(70);
  });

  it('calls a strength only when the rate is clearly at or above the target or well ahead of the team; the target itself is not below it', () => {
    // 10 of 10: the range starts at 72 %, over the target.
    expect(findingsOf([tally('a', 10, 0)], 70).strengths.map((s) => s.elementId)).toEqual(['a']);
    // 5 of 5: the range starts at 57 %; ahead of a team at 80 % by 20 points.
    expect(findingsOf([tally('a', 5, 0, [80, 20])], 70).strengths.map((s) => s.elementId)).toEqual(['a']);
    // 5 of 5 beside a team at 95 %: neither clearly above the target nor ahead.
    expect(findingsOf([tally('a', 5, 0, [95, 5])], 70)).toMatchObject({ strengths: [], needs: [] });
    // Exactly at the target (7 of 10) is never a need, however far behind the team.
    expect(findingsOf([tally('a', 7, 3, [100, 0])], 70).needs).toEqual([]);
    expect(TEAM_GAP).toBe(10);
  });

  it('orders needs worst first and strengths best first, more evidence first between equal rates', () => {
    const { needs, strengths } = findingsOf(
      [tally('n1', 3, 7), tally('n2', 0, 10), tally('n3', 0, 20), tally('s1', 30, 0), tally('s2', 19, 1), tally('s3', 15, 0)],
      70,
    );
    expect(needs.map((n) => n.elementId)).toEqual(['n3', 'n2', 'n1']);
    expect(strengths.map((s) => s.elementId)).toEqual(['s1', 's3', 's2']);
  });
});
