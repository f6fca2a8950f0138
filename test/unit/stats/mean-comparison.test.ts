import { describe, expect, it } from 'vitest';
import { summarise } from '../../../shared/stats/descriptive';
import { compareMeans } from '../../../shared/stats/mean-comparison';
import { SLEEP_DRUG_1, SLEEP_DRUG_2 } from './datasets';

describe("can an agent's mean be told apart from the team's (Welch's t-test at 5 %)", () => {
  it('NIST e-Handbook §1.3.5.3, AUTO83B (US vs Japanese cars, mpg): Welch t = −12.946, ν = 136.87 (Boost.Math example on the same data)', () => {
    const result = compareMeans({ n: 249, mean: 20.14458, sd: 6.4147 }, { n: 79, mean: 30.48101, sd: 6.10771 });
    if (result.verdict === 'insufficient') throw new Error(result.reason);
    expect(result.verdict).toBe('different');
    expect(result.t).toBeCloseTo(-12.94627, 5);
    expect(result.df).toBeCloseTo(136.875, 3);
    // Boost prints the one-sided 7.855e-26; scipy's two-sided p is 1.5709046154648287e-25.
    expect(result.p / 1.5709046154648287e-25).toBeCloseTo(1, 8);
    expect(result.reason).toMatch(/^this agent's mean \(20\.1\) is lower than the rest of the team's \(30\.5\) by 10\.3 points; .* \(Welch's t-test, p < 0\.001\)$/);
  });

  it("Student's (1908) sleep data as two independent groups: t = −1.8608, ν = 17.776, p = 0.0794 — not told apart at 5 %", () => {
    // Also R's documented t.test(extra ~ group, data = sleep); scipy ttest_ind(equal_var=False) agrees.
    const result = compareMeans(summarise(SLEEP_DRUG_1), summarise(SLEEP_DRUG_2), { subject: 'Drug 1', others: 'drug 2' });
    if (result.verdict === 'insufficient') throw new Error(result.reason);
    expect(result.verdict).toBe('not_different');
    expect(result.t).toBeCloseTo(-1.8608134674868526, 10);
    expect(result.df).toBeCloseTo(17.776, 3);
    expect(result.p).toBeCloseTo(0.07939414018735823, 10);
    expect(result.reason).toBe(
      "Drug 1's mean (0.8) and drug 2's (2.3) cannot be told apart with 10 scorecards and 10: a gap of 1.6 points could be chance (Welch's t-test, p = 0.08)",
    );
  });

  it('says "too few" in words rather than "no difference" when a side has under two scorecards', () => {
    expect(compareMeans(summarise([55]), summarise([80, 82, 85]))).toEqual({
      verdict: 'insufficient',
      reason: 'this agent has 1 scorecard; comparing means needs at least 2 on each side',
    });
    expect(compareMeans(summarise([55, 60]), summarise([]))).toMatchObject({ verdict: 'insufficient', reason: expect.stringMatching(/^the rest of the team has 0 scorecards/) });
  });

  it('handles scores with no spread on either side', () => {
    expect(compareMeans(summarise([80, 80]), summarise([80, 80, 80]))).toMatchObject({ verdict: 'not_different', p: 1 });
    expect(compareMeans(summarise([100, 100]), summarise([80, 80, 80]))).toMatchObject({ verdict: 'insufficient', reason: expect.stringContaining('nothing to judge the gap against') });
    // One side without spread still has a test: the other side's spread carries it.
    expect(compareMeans(summarise([100, 100, 100]), summarise([70, 75, 80, 72, 78])).verdict).toBe('different');
  });
});
