import { judge } from '../../scoring/answer';
import { channelLabels, type Channel } from '../../schemas/interaction';
import type { Answer, OverallFeedback, Percentage, ScoreResult, ScorecardStatus } from '../../schemas/scorecard';
import type { TemplateContent } from '../../schemas/template';
import type { ExportNote } from '../schema';
import { localIso, localWords, type LocalTimeFormat } from './local-time';

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
  /** The recording's file name (never its folder); empty without one. */
  recordingFile: string;
  notes: readonly ExportNote[];
  feedback: OverallFeedback;
}

export interface ScoredScorecard {
  facts: ScorecardFacts;
  template: TemplateContent;
  answers: readonly Answer[];
  score: ScoreResult;
  /** Stored element counts of a completed revision; worked out from the answers when absent (a draft). */
  counts?: { met: number; notMet: number; notApplicable: number };
  /** How dates read where the user is. */
  time: LocalTimeFormat;
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
  occurredLocal: string | null;
  occurredLocalIso: string | null;
  completedLocal: string | null;
  completedLocalIso: string | null;
  recordingFile: string;
  /** Notes tied to an element this row covers, "[01:23] Element: text", one per line. */
  notes: string;
  /** Notes about the whole review. */
  reviewNotes: string;
  /** The overall feedback: "What went well", "What to work on". */
  wentWell: string;
  workOn: string;
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

const clock = (seconds: number) => {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const mm = String(Math.floor((whole % 3600) / 60)).padStart(2, '0');
  const ss = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** Notes as lines: element notes of the row's elements (all when `elements` is null), and whole-review notes. */
// One pass and no closures: this runs for every row of an export of 100 000 scorecards.
function notesCells(s: ScoredScorecard, elements: ReadonlySet<string> | null): { notes: string; reviewNotes: string } {
  let notes = '';
  let reviewNotes = '';
  for (const n of s.facts.notes) {
    if (n.elementId === null) reviewNotes += `${reviewNotes ? '\n' : ''}[${clock(n.atSeconds)}] ${n.text}`;
    else if (elements === null || elements.has(n.elementId)) notes += `${notes ? '\n' : ''}[${clock(n.atSeconds)}] ${labelOf(s.template, n.elementId)}: ${n.text}`;
  }
  return { notes, reviewNotes };
}

/** The cells every row of one scorecard shares, worked out once per scorecard (dates in the user's zone are the costly part). */
const scorecardCells = (s: ScoredScorecard) => ({
  ...commonFacts(s.facts),
  occurredLocal: localWords(s.facts.occurredAt, s.time),
  occurredLocalIso: localIso(s.facts.occurredAt, s.time),
  completedLocal: localWords(s.facts.completedAt, s.time),
  completedLocalIso: localIso(s.facts.completedAt, s.time),
  recordingFile: s.facts.recordingFile,
  wentWell: s.facts.feedback.wentWell,
  workOn: s.facts.feedback.workOn,
});

const common = (s: ScoredScorecard, shared: ReturnType<typeof scorecardCells>, elements: ReadonlySet<string> | null): CommonCells => ({
  ...shared,
  ...notesCells(s, elements),
});

const commonFacts = (f: ScorecardFacts) => ({
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

function countsOf(s: ScoredScorecard) {
  if (s.counts) return { ...s.counts, unanswered: 0 };
  const byElement = new Map(s.answers.map((a) => [a.elementId, a]));
  const counts = { met: 0, notMet: 0, notApplicable: 0, unanswered: 0 };
  for (const { element } of elementsOf(s.template)) {
    const outcome = judge(element, byElement.get(element.id));
    if (outcome.kind === 'not_applicable') counts.notApplicable++;
    else if (outcome.kind === 'unanswered') counts.unanswered++;
    else if (outcome.fullyMet) counts.met++;
    else counts.notMet++;
  }
  return counts;
}

export function scorecardRow(s: ScoredScorecard): ScorecardRow {
  const counts = countsOf(s);
  return {
    ...common(s, scorecardCells(s), null),
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
  const shared = scorecardCells(s);
  return s.template.sections.map((section, i) => {
    const base = common(s, shared, new Set(section.elements.map((e) => e.id)));
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
  const byElement = new Map(s.answers.map((a) => [a.elementId, a]));
  const shared = scorecardCells(s);
  return elementsOf(s.template).map(({ section, element }) => {
    const base = common(s, shared, new Set([element.id]));
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
