import { answerValues, judge, type AnswerInput } from '../scoring/answer';
import { bandFor } from '../scoring/bands';
import { Fraction } from '../scoring/fraction';
import { scoreScorecard } from '../scoring/score';
import type { AnswerValue, ScoreResult } from '../schemas/scorecard';
import type { TemplateContent, TemplateElement } from '../schemas/template';

/** The scores a quality lead checks first: either side of the seed's boundaries, 70 and 90 (SCORING.md rule 5). */
export const PROBE_SCORES = [69.99, 70, 90, 90.01] as const;

export interface BandProbe {
  percent: number;
  bandId: string;
  bandLabel: string;
}

/**
 * Where scores land in the bands, decided exactly as a scorecard's score is
 * (rule 5): 0 and 100, the four probe scores, and each boundary of this
 * template's own bands with the scores a hundredth either side of it.
 */
export function bandProbes(template: Pick<TemplateContent, 'bands' | 'notApplicableBandId' | 'name'>): BandProbe[] {
  const boundaries = template.bands.slice(1).flatMap((b) => [b.from - 0.01, b.from, b.from + 0.01]);
  const scores = [...new Set([0, ...PROBE_SCORES, ...boundaries, 100].map((p) => Math.round(p * 100) / 100))].filter((p) => p >= 0 && p <= 100).sort((a, b) => a - b);
  return scores.map((percent) => {
    const band = bandFor(template as TemplateContent, Fraction.fromNumber(percent));
    return { percent, bandId: band.id, bandLabel: band.label };
  });
}

export interface SampleScore {
  name: string;
  description: string;
  result: ScoreResult;
}

type Pick1 = (element: TemplateElement, index: number, ends: { bottom: AnswerValue; top: AnswerValue }) => AnswerValue;

/** The answers that earn the least and the most: chosen by what they earn (the rule decides, not the order answers are offered in). */
function extremes(element: TemplateElement): { bottom: AnswerValue; top: AnswerValue } {
  let bottom: { value: AnswerValue; earned: Fraction } | null = null;
  let top: { value: AnswerValue; earned: Fraction } | null = null;
  for (const value of answerValues(element)) {
    const outcome = judge(element, { value });
    if (outcome.kind !== 'scored') continue;
    if (!bottom || outcome.earned.compare(bottom.earned) < 0) bottom = { value, earned: outcome.earned };
    if (!top || outcome.earned.compare(top.earned) > 0) top = { value, earned: outcome.earned };
  }
  return { bottom: bottom!.value, top: top!.value };
}

function sample(template: TemplateContent, ends: ReadonlyMap<string, { bottom: AnswerValue; top: AnswerValue }>, pick: Pick1): ScoreResult {
  const answers = new Map<string, AnswerInput>();
  template.sections.forEach((section) =>
    section.elements.forEach((element, index) => answers.set(element.id, { value: pick(element, index, ends.get(element.id)!), comment: 'sample' })),
  );
  return scoreScorecard(template, answers);
}

/**
 * Sample scorecards scored by the engine under a draft, so its weights,
 * critical elements and bands can be seen working before anyone scores with it.
 */
export function sampleScores(template: TemplateContent): SampleScore[] {
  const ends = new Map(template.sections.flatMap((s) => s.elements.map((e) => [e.id, extremes(e)] as const)));
  const samples: SampleScore[] = [
    { name: 'Everything fully met', description: 'every check met, every scale at its top', result: sample(template, ends, (_, __, end) => end.top) },
    {
      name: 'One miss in each section',
      description: 'the first element of each section at its lowest, the rest fully met',
      result: sample(template, ends, (_, i, end) => (i === 0 ? end.bottom : end.top)),
    },
    { name: 'Everything at its lowest', description: 'every check not met, every scale at its lowest', result: sample(template, ends, (_, __, end) => end.bottom) },
  ];
  if (template.sections.some((s) => s.elements.some((e) => e.allowNotApplicable)))
    samples.push({
      name: 'Not applicable where allowed',
      description: 'elements that allow it marked not applicable, the rest fully met',
      result: sample(template, ends, (e, _, end) => (e.allowNotApplicable ? 'na' : end.top)),
    });
  return samples;
}
