import { answerLabel, answerMisfit, answerValues } from '../scoring/answer';
import type { Fraction } from '../scoring/fraction';
import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';
import { measureAgreement } from '../stats/agreement/measure';
import { describe } from '../stats/descriptive';
import { deviationOf, exactMedian, exactOf } from './deviation';
import { byWorstAgreement, distributionOf, elementAgreement } from './element-results';
import type { ElementOutcome } from './organiser-documents';
import type { CalibrationSession } from './session-document';
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
  const spread = describe(counted.map((s) => s.submission.score.overall?.value).filter((v): v is number => typeof v === 'number'));

  return {
    participants,
    spread: { n: spread.n, min: spread.min, max: spread.max, median: median ? median.toNumber() : null, mean: spread.mean, sd: spread.sd },
    referenceScore: reference?.submission.score.overall?.rounded ?? null,
    elements: elementResults(session.template.content, shown, outcomes),
    overall: overallAgreement(session.template.content, counted),
  };
}

function answerMaps(shown: readonly ShownSubmission[]): Map<string, Map<string, { value: AnswerValue; comment: string }>> {
  return new Map(shown.map((s) => [s.participant.key, new Map(s.submission.answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }]))]));
}

function elementResults(template: TemplateContent, shown: readonly ShownSubmission[], outcomes: readonly ElementOutcome[]): ElementResult[] {
  const answers = answerMaps(shown);
  const outcomeOf = new Map(outcomes.map((o) => [o.elementId, o]));
  const rows: (ElementResult & { order: number; percent: number | null })[] = [];
  template.sections.forEach((section, si) =>
    section.elements.forEach((element, ei) => {
      // An answer the element cannot take (a hand-made file) is shown as given but counts as no answer.
      const given = shown.map((s) => ({ s, answer: answers.get(s.participant.key)?.get(element.id) ?? null }));
      const fit = (a: { value: AnswerValue } | null) => (a && answerMisfit(element, a.value) === null ? a.value : null);
      const ratings = given.filter((g) => !g.s.late).map((g) => fit(g.answer));
      const agreement = elementAgreement(element, ratings);
      rows.push({
        order: rows.length,
        percent: agreement.percent.value,
        elementId: element.id,
        number: `${si + 1}.${ei + 1}`,
        sectionTitle: section.title,
        label: element.label,
        guidance: element.guidance ?? null,
        scale: element.kind === 'scale',
        ...distributionOf(element, ratings),
        agreement,
        answers: given.map(({ s, answer }) => ({
          participantKey: s.participant.key,
          value: answer?.value ?? null,
          label: answer ? answerLabel(element, answer.value) : 'No answer',
          comment: answer?.comment ?? '',
          late: s.late,
        })),
        outcome: outcomeOf.get(element.id) ?? null,
      });
    }),
  );
  return rows.sort(byWorstAgreement).map(({ order: _o, percent: _p, ...row }) => row);
}

/** Across the whole call: every element one unit, every answer any element offers one category. */
function overallAgreement(template: TemplateContent, counted: readonly ShownSubmission[]) {
  const answers = answerMaps(counted);
  const elements = template.sections.flatMap((s) => s.elements);
  const categories = [...new Set(elements.flatMap((e) => answerValues(e)))];
  const units = elements.map((e) =>
    counted.map((s) => {
      const value = answers.get(s.participant.key)?.get(e.id)?.value ?? null;
      return value !== null && answerMisfit(e, value) === null ? value : null;
    }),
  );
  return measureAgreement({ categories, units }, { scale: false });
}
