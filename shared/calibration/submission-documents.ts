import { z } from 'zod';
import { AnswerValue, Percentage } from '../schemas/scorecard';
import { CalibrationPerson, hashed, Id, IsoDateTime, Sha256 } from './common';

export const COMMITMENT_FORMAT = 'callmark.calibration-commitment';
export const SUBMISSION_FORMAT = 'callmark.calibration-submission';

/** Which participant's scorecard, and which revision of it: a submission's id is its scorecard's id on the scoring install. */
const Submitted = {
  submissionId: Id,
  revision: z.number().int().min(1),
  sessionId: Id,
  participantKey: Id,
  reviewer: CalibrationPerson,
};

/**
 * Published the moment a participant completes their calibration scorecard:
 * only the hash of their submission, so nobody can read their answers before
 * the session opens, yet the answers revealed later can be checked against
 * what was fixed before anyone saw anyone else's.
 */
export const CalibrationCommitment = z.object({
  format: z.literal(COMMITMENT_FORMAT),
  ...hashed,
  ...Submitted,
  committedAt: IsoDateTime,
  /** The `contentHash` of the submission document this commits to. */
  submissionHash: Sha256,
});
export type CalibrationCommitment = z.infer<typeof CalibrationCommitment>;

export const SubmittedAnswer = z.object({
  elementId: z.string().min(1).max(64),
  value: AnswerValue,
  comment: z.string().max(20_000),
});
export type SubmittedAnswer = z.infer<typeof SubmittedAnswer>;

/**
 * The answers themselves, held on the scoring install and published only once
 * the session opens (every participant committed, or the organiser revealed).
 */
export const CalibrationSubmission = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  ...hashed,
  ...Submitted,
  submittedAt: IsoDateTime,
  template: z.object({ versionId: Id, contentHash: Sha256 }),
  answers: z.array(SubmittedAnswer).max(5000),
  notes: z.array(z.object({ elementId: z.string().nullable(), atSeconds: z.number().min(0), text: z.string().max(5000) })).max(5000),
  score: z.object({ overall: Percentage.nullable(), bandLabel: z.string(), automaticFail: z.boolean() }),
  /** The hash of the recording it was scored against; null for a session without one. */
  recordingSha256: Sha256.nullable(),
});
export type CalibrationSubmission = z.infer<typeof CalibrationSubmission>;
