import type { CsvColumn } from './document';
import type { AnswerRow, CommonCells, ScorecardRow, SectionRow } from './rows';

/**
 * The columns of each export, in order. Header names are a published
 * contract (README, "CSV export"): add new columns at the end, never rename.
 * Percentages come twice, as SCORING.md rule 6 asks: rounded half up to one
 * decimal (what people see), and full precision (what formulas should use).
 */
const commonColumns = <Row extends CommonCells>(): CsvColumn<Row>[] => [
  { header: 'scorecard_id', value: (r) => r.scorecardId },
  { header: 'revision', value: (r) => r.revision },
  { header: 'status', value: (r) => r.status },
  { header: 'occurred_at', value: (r) => r.occurredAt },
  { header: 'completed_at', value: (r) => r.completedAt },
  { header: 'agent', value: (r) => r.agent },
  { header: 'team', value: (r) => r.team },
  { header: 'reviewer', value: (r) => r.reviewer },
  { header: 'channel', value: (r) => r.channel },
  { header: 'reference', value: (r) => r.reference },
  { header: 'template', value: (r) => r.template },
  { header: 'template_version', value: (r) => r.templateVersion },
];

/** Added by issue 7, at the end of every kind: dates where the user is (words, then ISO with the offset), the recording, notes. */
const laterColumns = <Row extends CommonCells>(): CsvColumn<Row>[] => [
  { header: 'occurred_local', value: (r) => r.occurredLocal },
  { header: 'occurred_local_iso', value: (r) => r.occurredLocalIso },
  { header: 'completed_local', value: (r) => r.completedLocal },
  { header: 'completed_local_iso', value: (r) => r.completedLocalIso },
  { header: 'recording_file', value: (r) => r.recordingFile },
  { header: 'notes', value: (r) => r.notes },
  { header: 'review_notes', value: (r) => r.reviewNotes },
];

/** Added by issue 8, after those: the reviewer's overall feedback on the whole interaction. */
const feedbackColumns = <Row extends CommonCells>(): CsvColumn<Row>[] => [
  { header: 'went_well', value: (r) => r.wentWell },
  { header: 'work_on', value: (r) => r.workOn },
];

export const scorecardColumns: readonly CsvColumn<ScorecardRow>[] = [
  ...commonColumns<ScorecardRow>(),
  { header: 'score_percent', value: (r) => r.score?.rounded ?? null },
  { header: 'score_percent_exact', value: (r) => r.score?.value ?? null },
  { header: 'band', value: (r) => r.band },
  { header: 'meets_target', value: (r) => r.meetsTarget },
  { header: 'automatic_fail', value: (r) => r.automaticFail },
  { header: 'automatic_fail_elements', value: (r) => r.automaticFailElements },
  { header: 'provisional', value: (r) => r.provisional },
  { header: 'elements_met', value: (r) => r.met },
  { header: 'elements_not_met', value: (r) => r.notMet },
  { header: 'elements_not_applicable', value: (r) => r.notApplicable },
  { header: 'elements_unanswered', value: (r) => r.unanswered },
  ...laterColumns<ScorecardRow>(),
  ...feedbackColumns<ScorecardRow>(),
];

export const sectionColumns: readonly CsvColumn<SectionRow>[] = [
  ...commonColumns<SectionRow>(),
  { header: 'section_id', value: (r) => r.sectionId },
  { header: 'section', value: (r) => r.section },
  { header: 'section_percent', value: (r) => r.score?.rounded ?? null },
  { header: 'section_percent_exact', value: (r) => r.score?.value ?? null },
  { header: 'section_band', value: (r) => r.band },
  { header: 'critical_fail_element', value: (r) => r.criticalFailElement },
  { header: 'elements_answered', value: (r) => r.answered },
  { header: 'elements', value: (r) => r.elements },
  ...laterColumns<SectionRow>(),
  ...feedbackColumns<SectionRow>(),
];

export const answerColumns: readonly CsvColumn<AnswerRow>[] = [
  ...commonColumns<AnswerRow>(),
  { header: 'section_id', value: (r) => r.sectionId },
  { header: 'section', value: (r) => r.section },
  { header: 'element_id', value: (r) => r.elementId },
  { header: 'element', value: (r) => r.element },
  { header: 'kind', value: (r) => r.kind },
  { header: 'answer', value: (r) => r.answer },
  { header: 'scale_value', value: (r) => r.scaleValue },
  { header: 'points_earned', value: (r) => r.earnedPoints },
  { header: 'points_possible', value: (r) => r.possiblePoints },
  { header: 'critical', value: (r) => r.critical },
  { header: 'comment', value: (r) => r.comment },
  ...laterColumns<AnswerRow>(),
  ...feedbackColumns<AnswerRow>(),
];
