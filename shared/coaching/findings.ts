import { proportionInterval } from '../stats';

/**
 * Strengths and development needs (issue 8; seed 004: the scorecard shows each
 * person's "key development needs and strengths" so coaching can be
 * tailored). Decided element by element from pass rates — met ÷ applicable
 * answers, where "met" is fully met — and never from fewer applicable answers
 * than the stated minimum: two misses in two calls are a question to ask, not
 * a finding to put in someone's development plan.
 *
 * A **development need**: the pass rate is below the target, and either
 * clearly so (even the top of its 95 % Wilson interval is under the target)
 * or at least TEAM_GAP points below the rest of the team.
 * A **strength**: the pass rate is at or above the target, and either clearly
 * so (even the bottom of its interval reaches the target) or at least
 * TEAM_GAP points above the rest of the team.
 * Everything else is neither; elements under the minimum are "not judged".
 */
export const MINIMUM_APPLICABLE = 5;
/** Points of pass rate that make a gap to the rest of the team worth naming. */
export const TEAM_GAP = 10;

export interface ElementTally {
  elementId: string;
  /** "1.3" in the newest template version that has it. */
  number: string;
  label: string;
  section: string;
  met: number;
  notMet: number;
  /** The rest of the team in the same period; null when there is no one to compare with. */
  team: { met: number; notMet: number } | null;
}

export interface Finding {
  elementId: string;
  number: string;
  label: string;
  section: string;
  met: number;
  /** The evidence count: applicable answers (met + not met), one per scorecard. */
  applicable: number;
  /** Percentages, 0–100. */
  rate: number;
  lower: number;
  upper: number;
  teamRate: number | null;
  /** Why, in words, with the numbers. */
  reason: string;
}

export interface Findings {
  strengths: Finding[];
  needs: Finding[];
  /** Elements with some applicable answers but fewer than the minimum. */
  notJudged: { elementId: string; number: string; label: string; applicable: number }[];
  minimum: number;
}

const percent = (v: number) => `${Math.round(v)} %`;
const rateOf = (met: number, notMet: number) => (met + notMet > 0 ? (met / (met + notMet)) * 100 : null);

export function findingsOf(tallies: readonly ElementTally[], target: number, minimum = MINIMUM_APPLICABLE): Findings {
  const strengths: Finding[] = [];
  const needs: Finding[] = [];
  const notJudged: Findings['notJudged'] = [];
  for (const t of tallies) {
    const applicable = t.met + t.notMet;
    if (applicable === 0) continue;
    if (applicable < minimum) {
      notJudged.push({ elementId: t.elementId, number: t.number, label: t.label, applicable });
      continue;
    }
    const interval = proportionInterval(t.met, applicable);
    const rate = (interval.proportion ?? 0) * 100;
    const lower = (interval.lower ?? 0) * 100;
    const upper = (interval.upper ?? 0) * 100;
    const teamRate = t.team ? rateOf(t.team.met, t.team.notMet) : null;
    const base = `Met in ${t.met} of ${applicable} applicable calls (${percent(rate)}; 95 % range ${percent(lower)}–${percent(upper)})`;
    const team = teamRate === null ? 'no one else in the team to compare with' : `the rest of the team ${percent(teamRate)}`;
    const finding = (reason: string): Finding => ({ elementId: t.elementId, number: t.number, label: t.label, section: t.section, met: t.met, applicable, rate, lower, upper, teamRate, reason });
    if (rate < target) {
      const clearly = upper < target;
      const behindTeam = teamRate !== null && teamRate - rate >= TEAM_GAP;
      if (clearly || behindTeam) {
        const why = clearly ? `clearly below the ${percent(target)} target` : `below the ${percent(target)} target and ${percent(teamRate! - rate)} behind the rest of the team`;
        needs.push(finding(`${base}: ${why}; ${team}.`));
      }
    } else {
      const clearly = lower >= target;
      const aheadOfTeam = teamRate !== null && rate - teamRate >= TEAM_GAP;
      if (clearly || aheadOfTeam) {
        const why = clearly ? `clearly at or above the ${percent(target)} target` : `at or above the ${percent(target)} target and ${percent(rate - teamRate!)} ahead of the rest of the team`;
        strengths.push(finding(`${base}: ${why}; ${team}.`));
      }
    }
  }
  // Worst need first, best strength first; more evidence first between equal rates.
  needs.sort((a, b) => a.rate - b.rate || b.applicable - a.applicable || a.number.localeCompare(b.number, undefined, { numeric: true }));
  strengths.sort((a, b) => b.rate - a.rate || b.applicable - a.applicable || a.number.localeCompare(b.number, undefined, { numeric: true }));
  return { strengths, needs, notJudged, minimum };
}
