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

type Pick1 = (element: TemplateElement, index: number) => AnswerValue;

/** The element's answers by what they earn, least first (the rule decides, not the order answers are offered in). */
function byCredit(element: TemplateElement): AnswerValue[] {
  const earned = (value: AnswerValue) => {
    const outcome = judge(element, { value });
    return outcome.kind === 'scored' ? outcome.earned : Fraction.ZERO;
  };
  return answerValues(element)
    .filter((v) => v !== 'na')
    .sort((a, b) => earned(a).compare(earned(b)));
}
const top = (element: TemplateElement): AnswerValue => byCredit(element).at(-1)!;
const bottom = (element: TemplateElement): AnswerValue => byCredit(element)[0]!;

function sample(template: TemplateContent, pick: Pick1): ScoreResult {
  const answers = new Map<string, AnswerInput>();
  template.sections.forEach((section) => section.elements.forEach((element, index) => answers.set(element.id, { value: pick(element, index), comment: 'sample' })));
  return scoreScorecard(template, answers);
}

/**
 * Sample scorecards scored by the engine under a draft, so its weights,
 * critical elements and bands can be seen working before anyone scores with it.
 */
export function sampleScores(template: TemplateContent): SampleScore[] {
  const samples: SampleScore[] = [
    { name: 'Everything fully met', description: 'every check met, every scale at its top', result: sample(template, top) },
    {
      name: 'One miss in each section',
      description: 'the first element of each section at its lowest, the rest fully met',
      result: sample(template, (e, i) => (i === 0 ? bottom(e) : top(e))),
    },
    { name: 'Everything at its lowest', description: 'every check not met, every scale at its lowest', result: sample(template, bottom) },
  ];
  if (template.sections.some((s) => s.elements.some((e) => e.allowNotApplicable)))
    samples.push({
      name: 'Not applicable where allowed',
      description: 'elements that allow it marked not applicable, the rest fully met',
      result: sample(template, (e) => (e.allowNotApplicable ? 'na' : top(e))),
    });
  return samples;
}
