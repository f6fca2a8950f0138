import { judge } from '../../scoring/answer';
import { channelLabels, type Channel } from '../../schemas/interaction';
import type { Answer, Percentage, ScoreResult, ScorecardStatus } from '../../schemas/scorecard';
import type { TemplateContent } from '../../schemas/template';

/**
 * What a CSV row is made of, one shape per export kind, built from a scored
 * scorecard. Pure: the backend reads the database and hands in the facts.
 * The customer's name is personal data and is deliberately not exported:
 * the interaction reference identifies the call for those allowed to look.
 */
export interface ScorecardFacts {
  scorecardId: string;
  revision: number;
  status: ScorecardStatus;
  occurredAt: string;
  completedAt: string | null;
  agentName: string;
  team: string;
  reviewerName: string;
  channel: Channel;
  reference: string;
  templateName: string;
  templateVersion: number;
}

export interface ScoredScorecard {
  facts: ScorecardFacts;
  template: TemplateContent;
  answers: readonly Answer[];
  score: ScoreResult;
}

export interface CommonCells {
  scorecardId: string;
  revision: number;
  status: ScorecardStatus;
  occurredAt: string;
  completedAt: string | null;
  agent: string;
  team: string;
  reviewer: string;
  channel: string;
  reference: string;
  template: string;
  templateVersion: number;
}

export interface ScorecardRow extends CommonCells {
  score: Percentage | null;
  band: string;
  meetsTarget: boolean;
  automaticFail: boolean;
  automaticFailElements: string;
  provisional: boolean;
  met: number;
  notMet: number;
  notApplicable: number;
  unanswered: number;
}

export interface SectionRow extends CommonCells {
  sectionId: string;
  section: string;
  score: Percentage | null;
  band: string;
  criticalFailElement: string;
  answered: number;
  elements: number;
}

export interface AnswerRow extends CommonCells {
  sectionId: string;
  section: string;
  elementId: string;
  element: string;
  kind: 'check' | 'scale';
  /** In words: Met, Not met, Not applicable, "2 – Good" for a scale, empty when unanswered. */
  answer: string;
  /** The scale point chosen; empty for checks. */
  scaleValue: number | null;
  earnedPoints: number | null;
  possiblePoints: number | null;
  critical: string;
  comment: string;
}

const common = (f: ScorecardFacts): CommonCells => ({
  scorecardId: f.scorecardId,
  revision: f.revision,
  status: f.status,
  occurredAt: f.occurredAt,
  completedAt: f.completedAt,
  agent: f.agentName,
  team: f.team,
  reviewer: f.reviewerName,
  channel: channelLabels[f.channel] ?? f.channel,
  reference: f.reference,
  template: f.templateName,
  templateVersion: f.templateVersion,
});

const elementsOf = (template: TemplateContent) => template.sections.flatMap((section) => section.elements.map((element) => ({ section, element })));
const labelOf = (template: TemplateContent, elementId: string | null) =>
  elementId === null ? '' : (elementsOf(template).find((e) => e.element.id === elementId)?.element.label ?? elementId);
const bandLabel = (template: TemplateContent, bandId: string) => template.bands.find((b) => b.id === bandId)?.label ?? bandId;

export function scorecardRow(s: ScoredScorecard): ScorecardRow {
  const byElement = new Map(s.answers.map((a) => [a.elementId, a]));
  const counts = { met: 0, notMet: 0, notApplicable: 0, unanswered: 0 };
  for (const { element } of elementsOf(s.template)) {
    const outcome = judge(element, byElement.get(element.id));
    if (outcome.kind === 'not_applicable') counts.notApplicable++;
    else if (outcome.kind === 'unanswered') counts.unanswered++;
    else if (outcome.fullyMet) counts.met++;
    else counts.notMet++;
  }
  return {
    ...common(s.facts),
    score: s.score.overall,
    band: s.score.bandLabel,
    meetsTarget: s.score.meetsTarget,
    automaticFail: s.score.automaticFail,
    automaticFailElements: s.score.automaticFailElementIds.map((id) => labelOf(s.template, id)).join('; '),
    provisional: s.score.provisional,
    ...counts,
  };
}

export function sectionRows(s: ScoredScorecard): SectionRow[] {
  const base = common(s.facts);
  return s.template.sections.map((section, i) => {
    const score = s.score.sections.find((x) => x.sectionId === section.id) ?? s.score.sections[i];
    return {
      ...base,
      sectionId: section.id,
      section: section.title,
      score: score?.percentage ?? null,
      band: score ? bandLabel(s.template, score.bandId) : '',
      criticalFailElement: labelOf(s.template, score?.criticalFailElementId ?? null),
      answered: score?.answered ?? 0,
      elements: section.elements.length,
    };
  });
}

export function answerRows(s: ScoredScorecard): AnswerRow[] {
  const base = common(s.facts);
  const byElement = new Map(s.answers.map((a) => [a.elementId, a]));
  return elementsOf(s.template).map(({ section, element }) => {
    const answer = byElement.get(element.id);
    const outcome = judge(element, answer);
    const value = answer?.value ?? null;
    const words =
      value === null
        ? ''
        : value === 'met'
          ? 'Met'
          : value === 'not_met'
            ? 'Not met'
            : value === 'na'
              ? 'Not applicable'
              : element.kind === 'scale'
                ? `${value} – ${element.scaleLabels[value] ?? ''}`.trim()
                : String(value);
    return {
      ...base,
      sectionId: section.id,
      section: section.title,
      elementId: element.id,
      element: element.label,
      kind: element.kind,
      answer: words,
      scaleValue: element.kind === 'scale' && typeof value === 'number' ? value : null,
      earnedPoints: outcome.kind === 'scored' ? outcome.earned.toNumber() : null,
      possiblePoints: outcome.kind === 'scored' ? outcome.possible.toNumber() : null,
      critical: element.critical === 'none' ? '' : element.critical,
      comment: answer?.comment ?? '',
    };
  });
}
