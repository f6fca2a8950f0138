import { z } from 'zod';
import { Channel } from '../schemas/interaction';
import { AnswerValue } from '../schemas/scorecard';
import { Id, IsoDateTime } from './common';
import { ElementOutcome } from './organiser-documents';
import { SessionRecording } from './session-document';

/**
 * What the calibration screens are shown: the answers of the API, as zod
 * schemas with their types inferred. Built by the pure functions beside this
 * file, so the backend and any other reader agree on every figure.
 */

/** A coefficient, or in words why these data cannot give it (shared/stats/agreement/ratings.ts). */
export const AgreementView = z.union([
  z.object({ value: z.number(), units: z.number().int(), reason: z.null() }),
  z.object({ value: z.null(), units: z.number().int(), reason: z.string() }),
]);

export const AgreementFiguresView = z.object({
  percent: AgreementView,
  fleissKappa: AgreementView,
  gwetAc1: AgreementView,
  alphaNominal: AgreementView,
  alphaOrdinal: AgreementView.nullable(),
  alphaInterval: AgreementView.nullable(),
  cohenKappa: AgreementView.nullable(),
});
export type AgreementFiguresView = z.infer<typeof AgreementFiguresView>;

/**
 * Where a participant stands. waiting / overdue: nothing submitted yet (overdue
 * once the due date passed); did_not_submit: the session opened without them;
 * sealed: submitted, answers hidden until the session opens; awaiting_answers:
 * open, but their install has not published the answers yet; counted; late:
 * submitted after the session opened (shown, not in the group's figures);
 * not_counted: what arrived cannot be counted (the reason is in `problems`).
 */
export const ParticipantStatus = z.enum(['waiting', 'overdue', 'did_not_submit', 'sealed', 'awaiting_answers', 'counted', 'late', 'not_counted']);
export type ParticipantStatus = z.infer<typeof ParticipantStatus>;

/** Whether a participant has submitted, whatever became of it. */
export const hasSubmitted = (status: ParticipantStatus): boolean => status !== 'waiting' && status !== 'overdue' && status !== 'did_not_submit';

export const ParticipantView = z.object({
  key: Id,
  name: z.string(),
  reference: z.boolean(),
  status: ParticipantStatus,
  /** The status in one sentence. */
  statusText: z.string(),
  /** The reviewer whose install submitted, as they named themselves. */
  reviewerName: z.string().nullable(),
  committedAt: IsoDateTime.nullable(),
  problems: z.array(z.string()),
  /** A revision committed after the session opened: the blind one is counted, this one is shown. */
  changedAfterOpening: z.object({ revision: z.number().int(), committedAt: IsoDateTime, elementIds: z.array(z.string()).nullable() }).nullable(),
});
export type ParticipantView = z.infer<typeof ParticipantView>;

export const OpenedView = z.object({ at: IsoDateTime, by: z.enum(['reveal', 'everyone']) });
export type OpenedView = z.infer<typeof OpenedView>;

export const SessionFacts = z.object({
  sessionId: Id,
  title: z.string(),
  publishedAt: IsoDateTime,
  dueAt: IsoDateTime.nullable(),
  organiser: z.object({ id: Id, name: z.string() }),
  interaction: z.object({
    channel: Channel,
    occurredAt: IsoDateTime,
    reference: z.string(),
    agent: z.object({ id: Id, name: z.string(), team: z.string() }),
  }),
  recording: SessionRecording.nullable(),
  template: z.object({ id: Id, versionId: Id, version: z.number().int(), name: z.string() }),
  referenceKey: Id.nullable(),
});
export type SessionFacts = z.infer<typeof SessionFacts>;

export const SessionSummary = z.object({
  facts: SessionFacts,
  participants: z.number().int(),
  submitted: z.number().int(),
  opened: OpenedView.nullable(),
  /** This install published it. */
  organiser: z.boolean(),
  /** This install's reviewer is a participant: where they stand. */
  myStatus: ParticipantStatus.nullable(),
  problems: z.number().int(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

/** How this install stands with the session's recording. */
export const RecordingCheck = z.object({
  state: z.enum(['none', 'in_share', 'not_arrived', 'differs', 'own_copy']),
  message: z.string(),
});
export type RecordingCheck = z.infer<typeof RecordingCheck>;

export const SessionView = z.object({
  facts: SessionFacts,
  opened: OpenedView.nullable(),
  participants: z.array(ParticipantView),
  organiser: z.boolean(),
  canReveal: z.boolean(),
  /** This install's reviewer as a participant, and their calibration scorecard once started. */
  me: z.object({ participantKey: Id, scorecardId: Id.nullable(), status: ParticipantStatus }).nullable(),
  recording: RecordingCheck,
  /** Session-wide problems in words: another install claiming the id, a reveal from the wrong install. */
  problems: z.array(z.string()),
});
export type SessionView = z.infer<typeof SessionView>;

export const ParticipantResult = z.object({
  key: Id,
  name: z.string(),
  reviewerId: Id,
  reviewerName: z.string(),
  reference: z.boolean(),
  late: z.boolean(),
  /** Rounded overall score; null when nothing was applicable. */
  score: z.number().nullable(),
  bandLabel: z.string(),
  automaticFail: z.boolean(),
  /** Signed points from the reference's score (null for the reference, or with no reference). */
  fromReference: z.object({ points: z.number(), within: z.boolean() }).nullable(),
  fromMedian: z.object({ points: z.number(), within: z.boolean() }).nullable(),
});
export type ParticipantResult = z.infer<typeof ParticipantResult>;

export const ElementResult = z.object({
  elementId: z.string(),
  /** "2.3": section and element number, as the scoring screen shows them. */
  number: z.string(),
  sectionTitle: z.string(),
  label: z.string(),
  guidance: z.string().nullable(),
  scale: z.boolean(),
  /** How many counted participants gave each answer, in the order the scoring screen offers them. */
  distribution: z.array(z.object({ value: AnswerValue, label: z.string(), count: z.number().int() })),
  unanswered: z.number().int(),
  agreement: AgreementFiguresView,
  /** Every shown participant's answer and comment, side by side. */
  answers: z.array(z.object({ participantKey: Id, value: AnswerValue.nullable(), label: z.string(), comment: z.string(), late: z.boolean() })),
  outcome: ElementOutcome.nullable(),
});
export type ElementResult = z.infer<typeof ElementResult>;

export const Spread = z.object({
  n: z.number().int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
});
export type Spread = z.infer<typeof Spread>;

export const CalibrationResults = z.object({
  participants: z.array(ParticipantResult),
  spread: Spread,
  /** The reference's score when they submitted, else null (deviations from the median remain). */
  referenceScore: z.number().nullable(),
  /** Worst agreement first. */
  elements: z.array(ElementResult),
  overall: AgreementFiguresView,
});
export type CalibrationResults = z.infer<typeof CalibrationResults>;

export const ResultsView = z.discriminatedUnion('visible', [
  z.object({ visible: z.literal(false), message: z.string(), facts: SessionFacts, participants: z.array(ParticipantView) }),
  z.object({
    visible: z.literal(true),
    facts: SessionFacts,
    opened: OpenedView,
    participants: z.array(ParticipantView),
    results: CalibrationResults,
    /** The outcomes revision every install sees, and whether this install (the organiser) has changes not yet published. */
    outcomes: z.object({ revision: z.number().int().nullable(), unpublished: z.boolean() }),
    organiser: z.boolean(),
  }),
]);
export type ResultsView = z.infer<typeof ResultsView>;

export const DriftPoint = z.object({ sessionId: Id, title: z.string(), at: IsoDateTime, points: z.number(), from: z.enum(['reference', 'median']) });
export const ReviewerDrift = z.object({
  reviewerId: Id,
  name: z.string(),
  points: z.array(DriftPoint),
  meanDeviation: z.number().nullable(),
  meanAbsoluteDeviation: z.number().nullable(),
});
export type ReviewerDrift = z.infer<typeof ReviewerDrift>;
export const DriftView = z.object({ sessions: z.array(z.object({ sessionId: Id, title: z.string(), at: IsoDateTime })), reviewers: z.array(ReviewerDrift) });
export type DriftView = z.infer<typeof DriftView>;
