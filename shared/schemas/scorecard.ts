import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** An answer to one element: met / not met for a check, 0..max for a scale, or not applicable. */
export const AnswerValue = z.union([
  z.literal('met'),
  z.literal('not_met'),
  z.literal('na'),
  z.number().int().min(0).max(10),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Answer = z.object({
  elementId: z.string(),
  value: AnswerValue.nullable(),
  comment: z.string(),
  updatedAt: IsoDateTime,
});
export type Answer = z.infer<typeof Answer>;

/**
 * The reviewer's overall feedback on the whole interaction, beside the element
 * comments (seed 004: the scorecard "drives coaching"). Saved like comments.
 */
export const FEEDBACK_FIELDS = ['wentWell', 'workOn'] as const;
export const FeedbackField = z.enum(FEEDBACK_FIELDS);
export type FeedbackField = z.infer<typeof FeedbackField>;
export const FeedbackText = z.string().max(20_000, { message: 'overall feedback must be at most 20 000 characters' });
export const OverallFeedback = z.object({
  /** "What went well". */
  wentWell: FeedbackText,
  /** "What to work on". */
  workOn: FeedbackText,
});
export type OverallFeedback = z.infer<typeof OverallFeedback>;
export const NO_FEEDBACK: OverallFeedback = { wentWell: '', workOn: '' };

export const ScorecardStatus = z.enum(['draft', 'completed']);
export type ScorecardStatus = z.infer<typeof ScorecardStatus>;

/** An exact rational, as numerator/denominator strings so no precision is lost in JSON. */
export const ExactValue = z.object({ numerator: z.string(), denominator: z.string() });
export type ExactValue = z.infer<typeof ExactValue>;

/** A percentage in all the forms SCORING.md rule 6 asks for. */
export const Percentage = z.object({
  exact: ExactValue,
  /** Full-precision number, for consumers that cannot handle fractions. */
  value: z.number(),
  /** Rounded half up to one decimal place, for display. */
  rounded: z.number(),
});
export type Percentage = z.infer<typeof Percentage>;

export const SectionScore = z.object({
  sectionId: z.string(),
  /** Null when no element of the section was applicable (or, in a draft, answered). */
  percentage: Percentage.nullable(),
  earnedPoints: ExactValue,
  possiblePoints: ExactValue,
  bandId: z.string(),
  /** Set when a section-critical element was not fully met. */
  criticalFailElementId: z.string().nullable(),
  answered: z.number().int(),
  total: z.number().int(),
});
export type SectionScore = z.infer<typeof SectionScore>;

export const ScoreResult = z.object({
  sections: z.array(SectionScore),
  overall: Percentage.nullable(),
  bandId: z.string(),
  bandLabel: z.string(),
  meetsTarget: z.boolean(),
  automaticFail: z.boolean(),
  /** Scorecard-critical elements that failed the whole scorecard. */
  automaticFailElementIds: z.array(z.string()),
  /** True while any element is unanswered: the score covers answered elements only. */
  provisional: z.boolean(),
});
export type ScoreResult = z.infer<typeof ScoreResult>;

/** Why a scorecard cannot be completed yet (SCORING.md rule 7). */
export const MissingItem = z.object({
  elementId: z.string(),
  sectionId: z.string(),
  reason: z.enum(['unanswered', 'comment_required']),
  message: z.string(),
});
export type MissingItem = z.infer<typeof MissingItem>;

export const Scorecard = z.object({
  id: Id,
  interactionId: Id,
  agentId: Id,
  templateVersionId: Id,
  reviewerId: Id,
  reviewerName: z.string(),
  status: ScorecardStatus,
  revision: z.number().int().min(1),
  /** Why this revision was opened after an earlier one was completed; null for the first. */
  revisionReason: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  completedAt: IsoDateTime.nullable(),
});
export type Scorecard = z.infer<typeof Scorecard>;

/** A completed revision as it was locked: who, when, why, and exactly what was scored. */
export const ScorecardRevision = z.object({
  scorecardId: Id,
  revision: z.number().int().min(1),
  reason: z.string().nullable(),
  reviewerId: Id,
  reviewerName: z.string(),
  completedAt: IsoDateTime,
  answers: z.array(Answer),
  /** Revisions locked before overall feedback existed have none. */
  feedback: OverallFeedback.default(NO_FEEDBACK),
  score: ScoreResult,
});
export type ScorecardRevision = z.infer<typeof ScorecardRevision>;
