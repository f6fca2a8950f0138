import type { SampleSummary } from './descriptive';
import { studentTTwoSided } from './student-t';

/** The 5 % level: a gap is called real when chance alone would produce one this large less than 1 time in 20. */
const ALPHA = 0.05;

export type MeanComparison =
  | { verdict: 'different' | 'not_different'; difference: number; t: number; df: number; p: number; reason: string }
  | { verdict: 'insufficient'; reason: string };

export interface ComparisonWords {
  /** Who is being compared, e.g. "Sarah Collins" or "this agent". */
  subject: string;
  /** What they are compared with, e.g. "the rest of the team". Exclude the subject's own scores from it. */
  others: string;
}

const DEFAULT_WORDS: ComparisonWords = { subject: 'this agent', others: 'the rest of the team' };

const points = (v: number) => v.toFixed(1);
const formatP = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`);
const scorecards = (n: number) => `${n} scorecard${n === 1 ? '' : 's'}`;

type Complete = SampleSummary & { mean: number; sd: number };
const isComplete = (s: SampleSummary): s is Complete => s.n >= 2 && s.mean !== null && s.sd !== null;

const insufficient = (n: number, who: string): MeanComparison => ({
  verdict: 'insufficient',
  reason: `${who} has ${scorecards(n)}; comparing means needs at least 2 on each side`,
});

/**
 * Can this agent's mean score be told apart from everyone else's at this sample
 * size? Welch's t-test (Welch 1947), which unlike Student's pooled test does not
 * assume both groups vary alike: one agent's handful of calls rarely spreads like
 * a whole team's. Pass the team *without* the agent, so the two samples are
 * independent. The verdict always comes with its reason in words, because "no
 * difference" at n = 3 means "too few to tell", not "the same".
 */
export function compareMeans(subject: SampleSummary, others: SampleSummary, words: ComparisonWords = DEFAULT_WORDS): MeanComparison {
  if (!isComplete(subject)) return insufficient(subject.n, words.subject);
  if (!isComplete(others)) return insufficient(others.n, words.others);
  const [a, b] = [subject, others];
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const difference = a.mean - b.mean;
  if (va + vb === 0) {
    return difference === 0
      ? { verdict: 'not_different', difference, t: 0, df: a.n + b.n - 2, p: 1, reason: `every score is ${points(a.mean)} on both sides` }
      : { verdict: 'insufficient', reason: 'the scores do not vary at all on either side, so there is nothing to judge the gap against' };
  }
  const t = difference / Math.sqrt(va + vb);
  // Welch–Satterthwaite degrees of freedom.
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const p = studentTTwoSided(t, df);
  const means = `${words.subject}'s mean (${points(a.mean)}) and ${words.others}'s (${points(b.mean)})`;
  const test = `Welch's t-test, ${formatP(p)}`;
  if (p < ALPHA) {
    const direction = difference < 0 ? 'lower' : 'higher';
    return {
      verdict: 'different',
      difference,
      t,
      df,
      p,
      reason: `${words.subject}'s mean (${points(a.mean)}) is ${direction} than ${words.others}'s (${points(b.mean)}) by ${points(Math.abs(difference))} points; chance alone would give a gap this large less than 1 time in 20 (${test})`,
    };
  }
  return {
    verdict: 'not_different',
    difference,
    t,
    df,
    p,
    reason: `${means} cannot be told apart with ${scorecards(a.n)} and ${b.n}: a gap of ${points(Math.abs(difference))} points could be chance (${test})`,
  };
}
