import { answerLabel, answerValues } from '../scoring/answer';
import type { Fraction } from '../scoring/fraction';
import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';
import { measureAgreement } from '../stats/agreement/measure';
import { describe } from '../stats/descriptive';
import { deviationOf, exactMedian, exactOf } from './deviation';
import { byWorstAgreement, distributionOf, elementAgreement } from './element-results';
import type { ElementOutcome } from './organiser-documents';
import type { CalibrationSession } from './session-document';
import type { SubmittedAnswer } from './submission-documents';
import type { ShownSubmission } from './session-state';
import type { CalibrationResults, ElementResult, ParticipantResult } from './views';

/**
 * The results of an open session (docs/calibration.md explains each figure):
 * per participant, the overall score, its deviation from the reference and
 * from the group's median, each within ±5 points or not, and the spread; per
 * element, the answers given and how far they agree, worst first, with every
 * participant's answer and comment side by side and the discussion's outcome.
 * The group's figures (median, spread, agreement) come from the counted
 * submissions only; a late one is shown beside them, marked, and measured
 * against them.
 */
export function computeResults(session: CalibrationSession, shown: readonly ShownSubmission[], outcomes: readonly ElementOutcome[]): CalibrationResults {
  const counted = shown.filter((s) => !s.late);
  const exact = new Map<string, Fraction | null>(shown.map((s) => [s.participant.key, s.submission.score.overall ? exactOf(s.submission.score.overall.exact) : null]));
  const groupScores = counted.map((s) => exact.get(s.participant.key)).filter((f): f is Fraction => f != null);
  const median = exactMedian(groupScores);
  const reference = shown.find((s) => s.participant.key === session.referenceKey) ?? null;
  const referenceExact = reference ? (exact.get(reference.participant.key) ?? null) : null;

  const participants = shown.map((s): ParticipantResult => {
    const score = exact.get(s.participant.key) ?? null;
    const isReference = s.participant.key === session.referenceKey;
    return {
      key: s.participant.key,
      name: s.participant.name,
      reviewerId: s.submission.reviewer.id,
      reviewerName: s.submission.reviewer.name,
      reference: isReference,
      late: s.late,
      score: s.submission.score.overall?.rounded ?? null,
      bandLabel: s.submission.score.bandLabel,
      automaticFail: s.submission.score.automaticFail,
      fromReference: score && referenceExact && !isReference ? deviationOf(score, referenceExact) : null,
      fromMedian: score && median ? deviationOf(score, median) : null,
    };
  });
  const rated = rateElements(session.template.content, shown, outcomes);
  const spread = describe(counted.map((s) => s.submission.score.overall?.value).filter((v): v is number => typeof v === 'number'));

  return {
    participants,
    spread: { n: spread.n, min: spread.min, max: spread.max, median: median ? median.toNumber() : null, mean: spread.mean, sd: spread.sd },
    referenceScore: reference?.submission.score.overall?.rounded ?? null,
    elements: rated.results,
    // Across the whole call: every element one unit, every answer any element offers one category.
    overall: measureAgreement({ categories: rated.categories, units: rated.units }, { scale: false }),
  };
}

/** Each shown submission's answers by element id, in the order of `shown`. */
function answerMaps(shown: readonly ShownSubmission[]): Map<string, SubmittedAnswer>[] {
  return shown.map((s) => new Map(s.submission.answers.map((a) => [a.elementId, a])));
}

interface Rated {
  results: ElementResult[];
  /** Per element in template order, the counted participants' answers that fit it (null: none, or one it cannot take). */
  units: (AnswerValue | null)[][];
  categories: AnswerValue[];
}

/**
 * Every element's result, worst agreement first, and the ratings the
 * whole-call figures are made of. One pass over the elements; an answer an
 * element cannot take (a hand-made file) is shown as given but counts as none.
 */
function rateElements(template: TemplateContent, shown: readonly ShownSubmission[], outcomes: readonly ElementOutcome[]): Rated {
  const answers = answerMaps(shown);
  const counted = shown.map((s) => !s.late);
  const outcomeOf = new Map(outcomes.map((o) => [o.elementId, o]));
  const rows: { row: ElementResult; percent: number | null }[] = [];
  const units: (AnswerValue | null)[][] = [];
  const categories = new Set<AnswerValue>();
  template.sections.forEach((section, si) =>
    section.elements.forEach((element, ei) => {
      const values = answerValues(element);
      for (const v of values) categories.add(v);
      const labels = new Map(values.map((v) => [v, answerLabel(element, v)]));
      const given = answers.map((byElement) => byElement.get(element.id));
      const ratings: (AnswerValue | null)[] = [];
      given.forEach((a, i) => {
        if (counted[i]) ratings.push(a && labels.has(a.value) ? a.value : null);
      });
      units.push(ratings);
      const agreement = elementAgreement(element, ratings);
      rows.push({
        percent: agreement.percent.value,
        row: {
          elementId: element.id,
          number: `${si + 1}.${ei + 1}`,
          sectionTitle: section.title,
          label: element.label,
          guidance: element.guidance ?? null,
          scale: element.kind === 'scale',
          ...distributionOf(element, ratings),
          agreement,
          answers: shown.map((s, i) => {
            const a = given[i];
            return {
              participantKey: s.participant.key,
              value: a?.value ?? null,
              label: a ? (labels.get(a.value) ?? String(a.value)) : 'No answer',
              comment: a?.comment ?? '',
              late: s.late,
            };
          }),
          outcome: outcomeOf.get(element.id) ?? null,
        },
      });
    }),
  );
  const order = rows.map((r, i) => ({ order: i, percent: r.percent })).sort(byWorstAgreement);
  return { results: order.map((o) => rows[o.order]!.row), units, categories: [...categories] };
}
