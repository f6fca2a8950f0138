import { ApiError } from '../../../shared/api';
import { buildHashedDocument, CalibrationCommitment, CalibrationSubmission, COMMITMENT_FORMAT, SUBMISSION_FORMAT } from '../../../shared/calibration';
import { calibrationCommitmentKind, calibrationSubmissionKind, scorecardKind } from '../../../shared/sync/kinds';
import type { CompletedEvent } from '../hooks';
import { scoreOf } from '../reviews/score-of';
import { sha256Hex } from '../sync/export/sha256';
import type { CalibrationDeps } from './deps';
import { requireState } from './load';
import { releaseIfOpen } from './release';
import { originOf, writeOwn } from './write';

/**
 * The completion hook (`react`) that makes completing a calibration scorecard
 * its submission: the answers are fixed as a submission document, held on
 * this install; a commitment carrying only that document's hash is published
 * at once; and if the session is already open (the organiser revealed, or
 * this was the last participant) the answers go out too. A revised
 * calibration scorecard submits again as the next revision, and the session's
 * state shows it as a change. Everything commits with the completion, or the
 * completion is refused with the reason (a recording that is not the session's).
 */
export function submitHook(deps: CalibrationDeps): (event: CompletedEvent) => void {
  return ({ kind, documentId: scorecardId, revision }) => {
    if (kind !== scorecardKind.kind) return;
    const participation = deps.participations.ofScorecard(scorecardId);
    if (!participation) return;
    const { session } = requireState(deps, participation.sessionId);
    const scorecard = deps.repos.scorecards.get(scorecardId);
    const template = scorecard ? deps.repos.templates.getVersion(scorecard.templateVersionId) : null;
    if (!scorecard || !template) throw new ApiError('internal', 'This calibration scorecard refers to a template version that is missing.');
    const recording = deps.recordings.get(scorecard.interactionId);
    const expected = session.recording?.sha256 ?? null;
    if (expected !== null && recording?.sha256 !== expected) {
      throw new ApiError(
        'conflict',
        `This calibration scorecard cannot be submitted: the recording linked to it is not the session’s “${session.recording!.fileName}” (its content differs). Locate your copy of the session’s recording, then complete again.`,
      );
    }
    const answers = deps.repos.answers.list(scorecardId);
    const { score } = scoreOf(template.content, answers);
    const at = deps.ctx.now();
    const person = { id: scorecard.reviewerId, name: scorecard.reviewerName };
    const common = { formatVersion: 1, origin: originOf(deps), submissionId: scorecardId, revision, sessionId: participation.sessionId, participantKey: participation.participantKey, reviewer: person };
    const submission = buildHashedDocument(
      CalibrationSubmission,
      {
        ...common,
        format: SUBMISSION_FORMAT,
        submittedAt: at,
        template: { versionId: template.id, contentHash: template.contentHash },
        answers: answers.flatMap((a) => (a.value === null ? [] : [{ elementId: a.elementId, value: a.value, comment: a.comment }])),
        notes: deps.notes.list(scorecardId).map((n) => ({ elementId: n.elementId, atSeconds: n.atSeconds, text: n.text })),
        score: { overall: score.overall, bandLabel: score.bandLabel, automaticFail: score.automaticFail },
        recordingSha256: expected,
      },
      sha256Hex,
    );
    const commitment = buildHashedDocument(
      CalibrationCommitment,
      { ...common, format: COMMITMENT_FORMAT, committedAt: at, submissionHash: submission.document.contentHash },
      sha256Hex,
    );
    const ref = { documentId: scorecardId, revision };
    writeOwn(deps, { ref: { kind: calibrationSubmissionKind.kind, ...ref }, sessionId: session.sessionId, body: submission.body, contentHash: submission.document.contentHash }, { held: true });
    writeOwn(deps, { ref: { kind: calibrationCommitmentKind.kind, ...ref }, sessionId: session.sessionId, body: commitment.body, contentHash: commitment.document.contentHash });
    releaseIfOpen(deps, session.sessionId);
  };
}
