import type { AnswerInput } from '../scoring/answer';
import { Fraction } from '../scoring/fraction';
import { scoreScorecard } from '../scoring/score';
import type { Answer, ScoreResult } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';
import { carryAnswers, type NotCarried } from './carry-answers';
import type { TemplateDefinition } from './definition';
import type { ElementMap } from './element-map';

/** A completed scorecard as the what-if reads it: its id and its answers under the older version. */
export interface CompletedAnswers {
  scorecardId: string;
  answers: readonly (Pick<Answer, 'elementId' | 'value'> & { comment?: string })[];
}

export interface ScoreSummary {
  /** Full precision; null when nothing was applicable. */
  percent: number | null;
  /** Half up to one decimal, as shown. */
  rounded: number | null;
  bandId: string;
  bandLabel: string;
  automaticFail: boolean;
  /** True when some element was left unanswered (under the draft: could not be carried). */
  provisional: boolean;
}

export interface ScorecardWhatIf {
  scorecardId: string;
  before: ScoreSummary;
  after: ScoreSummary;
  /** The answers the draft would score, by its element ids. */
  answers: Map<string, AnswerInput>;
  notCarried: NotCarried[];
  /** Bands are compared by key, which the builder keeps when a band is relabelled. */
  bandChanged: boolean;
  /** after − before in percentage points; null when either has no percentage. */
  change: number | null;
}

export interface BandTransition {
  from: { bandId: string; bandLabel: string };
  to: { bandId: string; bandLabel: string };
  count: number;
}

export interface WhatIfSummary {
  scorecards: number;
  bandChanged: number;
  raised: number;
  lowered: number;
  unchanged: number;
  /** Scorecards with at least one element the map could not carry: their new score is provisional. */
  incomplete: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** How many went from each band to each band, in order of first appearance. */
  transitions: BandTransition[];
}

export interface WhatIf {
  scorecards: ScorecardWhatIf[];
  summary: WhatIfSummary;
}

const exact = (score: ScoreResult) => score.overall && Fraction.of(BigInt(score.overall.exact.numerator), BigInt(score.overall.exact.denominator));

function summaryOf(score: ScoreResult): ScoreSummary {
  return {
    percent: score.overall?.value ?? null,
    rounded: score.overall?.rounded ?? null,
    bandId: score.bandId,
    bandLabel: score.bandLabel,
    automaticFail: score.automaticFail,
    provisional: score.provisional,
  };
}

const mean = (values: readonly (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

/**
 * Before publishing a draft: how would the last completed scorecards score
 * under it? Each scorecard's answers are carried through the element map
 * (`carryAnswers`) and scored by the same engine as the scoring screen, beside
 * its score under its own version. Pure: completed scorecards are read, never
 * changed (SCORING.md rule 8).
 */
export function whatIf(before: TemplateContent, draft: TemplateDefinition, map: ElementMap, scorecards: readonly CompletedAnswers[]): WhatIf {
  const results = scorecards.map((scorecard): ScorecardWhatIf => {
    const answers = new Map(scorecard.answers.map((a) => [a.elementId, { value: a.value, comment: a.comment ?? '' }] as const));
    const old = scoreScorecard(before, answers);
    const carried = carryAnswers(before, draft, map, answers);
    const next = scoreScorecard(draft, carried.answers);
    const [was, now] = [exact(old), exact(next)];
    return {
      scorecardId: scorecard.scorecardId,
      before: summaryOf(old),
      after: summaryOf(next),
      answers: carried.answers,
      notCarried: carried.notCarried,
      bandChanged: old.bandId !== next.bandId,
      change: was && now ? now.plus(was.times(Fraction.of(-1))).toNumber() : null,
    };
  });
  return { scorecards: results, summary: summarise(results) };
}

function summarise(results: readonly ScorecardWhatIf[]): WhatIfSummary {
  const transitions = new Map<string, BandTransition>();
  for (const r of results) {
    const key = `${r.before.bandId}\u0000${r.after.bandId}`;
    const found = transitions.get(key);
    if (found) found.count++;
    else
      transitions.set(key, {
        from: { bandId: r.before.bandId, bandLabel: r.before.bandLabel },
        to: { bandId: r.after.bandId, bandLabel: r.after.bandLabel },
        count: 1,
      });
  }
  return {
    scorecards: results.length,
    bandChanged: results.filter((r) => r.bandChanged).length,
    raised: results.filter((r) => r.change !== null && r.change > 0).length,
    lowered: results.filter((r) => r.change !== null && r.change < 0).length,
    unchanged: results.filter((r) => r.change === 0).length,
    incomplete: results.filter((r) => r.notCarried.length > 0).length,
    meanBefore: mean(results.map((r) => r.before.percent)),
    meanAfter: mean(results.map((r) => r.after.percent)),
    transitions: [...transitions.values()],
  };
}
